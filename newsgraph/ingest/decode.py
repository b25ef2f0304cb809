"""Bytes to text: refuse binaries, repair the usual mis-encodings of news feeds."""

from __future__ import annotations


class BadInput(Exception):
    """An input that cannot become an article; ``reason`` is a short machine-readable tag."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# magic numbers of formats that are never articles
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"BZh", b"\x00\x00\x01\x00")


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if any(head.startswith(m) for m in _BINARY_MAGIC):
        return True
    if b"\x00" in head:
        # UTF-16 text has NULs too, but always with a BOM in the feeds we read
        return not head.startswith((b"\xff\xfe", b"\xfe\xff"))
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > max(8, len(head) // 50)


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data``; return the text and warnings about what had to be repaired."""
    if not data.strip():
        raise BadInput("empty", "no content")
    if looks_binary(data):
        raise BadInput("binary", "content is not text")
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), warnings
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), warnings
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    for enc in ([declared] if declared else []) + ["cp1252", "latin-1"]:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        warnings.append(f"not UTF-8; decoded as {enc}")
        return text, warnings
    raise BadInput("encoding", "undecodable")  # latin-1 decodes anything, kept for safety
