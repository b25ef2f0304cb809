"""Text normalisation that keeps an exact map back to the original characters.

Web and machine-translated news carry stray spaces before punctuation ("veranstaltet hatte ,"),
runs of blanks, non-breaking spaces and decomposed umlauts. We clean them for the analysers but
record, for every output character, where it came from, so spans can be drawn on the original.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import OffsetMap

_SPACE = {" ", "\t", "\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\f", "\v"}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
# punctuation that never takes a space before it in German or English typesetting
_NO_SPACE_BEFORE = set(",.;:!?)]}»“”") - {"“"}
_NEWLINE = re.compile(r"\r\n?|\u2028|\u2029")


def _nfc_clusters(raw: str) -> tuple[list[str], list[int]]:
    """NFC per base character + its combining marks, remembering each cluster's raw start."""
    chars: list[str] = []
    src: list[int] = []
    if unicodedata.is_normalized("NFC", raw):
        return list(raw), list(range(len(raw)))
    i = 0
    n = len(raw)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        for c in unicodedata.normalize("NFC", raw[i:j]):
            chars.append(c)
            src.append(i)
        i = j
    return chars, src


_DROPPED = "\0" + "".join(sorted(_ZERO_WIDTH))
_BLANK = "".join(sorted(_SPACE)) + "\n"
_B, _D, _P = (re.escape(x) for x in (_BLANK, _DROPPED, "".join(sorted(_NO_SPACE_BEFORE))))
# A whitespace run starts at a blank or line break and takes the dropped characters inside it;
# a dropped character outside a run is removed on its own. A run that stays as it is (one
# space between words, one line break) is not matched at all: news has one per word.
_RUN = re.compile(f"(?!(?<=[^{_B}{_D}])(?: (?=[^{_B}{_D}{_P}])|\n(?=[^{_B}{_D}])))([{_B}][{_B}{_D}]*)|[{_D}]")


def normalize(raw: str) -> tuple[str, OffsetMap]:
    """Return the cleaned text and its offset map into ``raw``."""
    raw = _NEWLINE.sub(lambda m: "\n" + "\0" * (len(m.group()) - 1), raw)  # keep lengths
    if not unicodedata.is_normalized("NFC", raw):
        return _normalize_chars(*_nfc_clusters(raw))
    # NFC text (nearly all news): whole stretches between whitespace runs are copied at once,
    # not character by character (the per-character loop was most of ingest's time)
    out: list[str] = []
    anchors: list[tuple[int, int]] = []
    length = 0
    shift = None
    n = len(raw)

    def put(piece: str, at: int, one_source: bool) -> None:
        # ``one_source``: every character of ``piece`` comes from raw offset ``at`` (a separator)
        nonlocal length, shift
        for k in range(len(piece) if one_source else 1):
            if at - (length + k) != shift:
                shift = at - (length + k)
                anchors.append((length + k, at))
        out.append(piece)
        length += len(piece)

    prev = 0
    for m in _RUN.finditer(raw):
        k, j = m.span()
        if k > prev:
            put(raw[prev:k], prev, False)
        prev = j
        if m.group(1) is None:
            continue
        newlines = m.group(1).count("\n")
        at_edge = not length or j >= n
        before_punct = j < n and raw[j] in _NO_SPACE_BEFORE and not newlines
        if not at_edge and not before_punct:
            put("\n\n" if newlines >= 2 else ("\n" if newlines else " "), k, True)
    if prev < n:
        put(raw[prev:], prev, False)
    if anchors == [(0, 0)]:
        anchors = []
    return "".join(out), OffsetMap(anchors=anchors)


def _normalize_chars(chars: list[str], src: list[int]) -> tuple[str, OffsetMap]:
    """``normalize`` for text that was not NFC: one character at a time, as composed."""
    out: list[str] = []
    pos: list[int] = []
    k = 0
    n = len(chars)
    while k < n:
        c = chars[k]
        if c == "\0" or c in _ZERO_WIDTH:
            k += 1
            continue
        if c in _SPACE or c == "\n":
            # a whitespace run becomes one space, or one/two newlines if it holds line breaks
            j = k
            newlines = 0
            while j < n and (chars[j] in _SPACE or chars[j] == "\n" or chars[j] == "\0" or chars[j] in _ZERO_WIDTH):
                newlines += chars[j] == "\n"
                j += 1
            at_edge = not out or j >= n
            before_punct = j < n and chars[j] in _NO_SPACE_BEFORE and not newlines
            if not at_edge and not before_punct:
                sep = "\n\n" if newlines >= 2 else ("\n" if newlines else " ")
                for s in sep:
                    out.append(s)
                    pos.append(src[k])
            k = j
            continue
        out.append(c)
        pos.append(src[k])
        k += 1
    text = "".join(out)
    anchors: list[tuple[int, int]] = []
    shift = None
    for i, p in enumerate(pos):
        if p - i != shift:
            anchors.append((i, p))
            shift = p - i
    if anchors == [(0, 0)]:
        anchors = []
    return text, OffsetMap(anchors=anchors)
