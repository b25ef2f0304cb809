"""Readers turn files into raw items, one per article, or into errors, one per bad article.

A reader never raises for bad content: it yields an ``IngestError`` for that article and goes
on, so one broken file or record never loses the rest of a batch.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..model import IngestError, stable_id
from .decode import BadInput, decode

TEXT_EXT = {".txt", ".text", ".md"}
JSONL_EXT = {".jsonl", ".ndjson", ".json"}
HTML_EXT = {".html", ".htm", ".xhtml"}
WARC_EXT = {".warc", ".warc.gz", ".arc", ".arc.gz"}
CSV_EXT = {".csv", ".tsv"}


@dataclass
class RawItem:
    text: str
    source_path: str
    title: str = ""
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def error(path: str, reason: str, detail: str = "") -> IngestError:
    return IngestError(id=stable_id("err", path, reason, detail), path=path, reason=reason, detail=detail)


def _ext(path: Path) -> str:
    name = path.name.lower()
    for e in WARC_EXT:
        if name.endswith(e):
            return e
    return path.suffix.lower()


def iter_files(paths: list[str | Path]) -> Iterator[Path]:
    """Every file under the given paths, in a stable order, hidden files skipped."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        else:
            yield p


def read_paths(paths: list[str | Path], max_bytes: int) -> Iterator[RawItem | IngestError]:
    for f in iter_files(paths):
        yield from read_file(f, max_bytes)


def read_file(path: Path, max_bytes: int) -> Iterator[RawItem | IngestError]:
    sp = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        yield error(sp, "unreadable", str(e))
        return
    ext = _ext(path)
    if ext in WARC_EXT:
        # WARC files are containers: the size limit applies to each record instead
        yield from read_warc(path, max_bytes)
        return
    if size > max_bytes and ext not in JSONL_EXT | CSV_EXT:
        yield error(sp, "too_large", f"{size} bytes > limit {max_bytes}")
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield error(sp, "unreadable", str(e))
        return
    try:
        if ext in JSONL_EXT:
            yield from read_jsonl(data, sp, max_bytes)
        elif ext in CSV_EXT:
            yield from read_csv(data, sp, max_bytes)
        elif ext in HTML_EXT or _sniff_html(data):
            yield read_html(data, sp)
        else:
            yield read_text(data, sp)
    except BadInput as e:
        yield error(sp, e.reason, e.detail)


def _sniff_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def read_text(data: bytes, sp: str) -> RawItem:
    """Plain text: the first line is the headline, as in the seed article."""
    text, warnings = decode(data)
    title = text.strip().split("\n", 1)[0].strip()
    return RawItem(text=text, title=title, source_path=sp, warnings=warnings)


def read_html(data: bytes, sp: str, url: str | None = None, declared: str | None = None) -> RawItem:
    import trafilatura

    html, warnings = decode(data, declared)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise BadInput("no_text", "no article text found in HTML")
    get = doc.get if isinstance(doc, dict) else (lambda k, d=None: getattr(doc, k, d))
    body = (get("text") or "").strip()
    if not body:
        raise BadInput("no_text", "no article text found in HTML")
    title = (get("title") or "").strip()
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    return RawItem(
        text=text,
        title=title or body.split("\n", 1)[0],
        url=url or get("url"),
        outlet=get("sitename") or get("hostname"),
        published=get("date"),
        source_path=sp,
        warnings=warnings,
    )


_JSON_TEXT = ("text", "body", "content", "maintext", "article")
_JSON_FIELDS = {"title": ("title", "headline"), "url": ("url", "link"), "outlet": ("outlet", "source", "source_domain", "sitename", "media_name"),
                "language": ("language", "lang"), "published": ("published", "date", "date_publish", "publish_date", "publication_date")}


def _record_item(rec: dict, where: str, warnings: list[str]) -> RawItem | IngestError:
    """One article from a JSON object or CSV row: the text field, known metadata fields, and
    any other scalar fields (a corpus label, say) as ``meta``."""
    text = next((rec[k] for k in _JSON_TEXT if isinstance(rec.get(k), str) and rec[k].strip()), None)
    if text is None:
        return error(where, "empty", "no text field")
    fields = {f: next((str(rec[k]) for k in keys if rec.get(k) not in (None, "")), None) for f, keys in _JSON_FIELDS.items()}
    title = fields.pop("title") or ""
    known = {k for keys in _JSON_FIELDS.values() for k in keys} | set(_JSON_TEXT)
    meta = {k: str(v) for k, v in rec.items() if k not in known and isinstance(v, (str, int, float)) and v != ""}
    # the headline belongs to the analysed text, as line 1 of a plain-text article does
    full = f"{title}\n{text}" if title and not text.lstrip().startswith(title) else text
    return RawItem(text=full, title=title or text.strip().split("\n", 1)[0][:200], source_path=where,
                   warnings=list(warnings), meta=meta, **fields)


def read_jsonl(data: bytes, sp: str, max_bytes: int) -> Iterator[RawItem | IngestError]:
    try:
        content, warnings = decode(data)
    except BadInput as e:
        yield error(sp, e.reason, e.detail)
        return
    lines = content.splitlines()
    if sp.endswith(".json") and content.lstrip().startswith(("[", "{")) and len(lines) > 1:
        try:
            obj = json.loads(content)
            objs = obj if isinstance(obj, list) else [obj]
            lines = [json.dumps(o, ensure_ascii=False) for o in objs]
        except json.JSONDecodeError:
            pass
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{sp}:{n}"
        if len(line) > max_bytes:
            yield error(where, "too_large", f"record of {len(line)} chars")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield error(where, "bad_json", str(e))
            continue
        if not isinstance(obj, dict):
            yield error(where, "bad_json", "record is not an object")
            continue
        yield _record_item(obj, where, warnings)


def read_csv(data: bytes, sp: str, max_bytes: int) -> Iterator[RawItem | IngestError]:
    """CSV with a text column. 10kGNAD's ``label;'text'`` (no header, ' quoting) is recognised."""
    try:
        content, warnings = decode(data)
    except BadInput as e:
        yield error(sp, e.reason, e.detail)
        return
    delimiter, quotechar = _csv_dialect(content)
    rows = csv.reader(io.StringIO(content), delimiter=delimiter, quotechar=quotechar)
    header: list[str] | None = None
    for n, row in enumerate(rows, 1):
        where = f"{sp}:{n}"
        if not row:
            continue
        if n == 1 and any(c.lower() in _JSON_TEXT for c in row):
            header = [c.lower() for c in row]
            continue
        rec = dict(zip(header, row)) if header else {"label": row[0], "text": row[-1]} if len(row) > 1 else {"text": row[0]}
        yield _record_item(rec, where, warnings)


def _csv_dialect(content: str) -> tuple[str, str]:
    """The delimiter/quote pair under which the first rows have one consistent width.

    csv.Sniffer gives up on long quoted texts with inner delimiters, such as 10kGNAD's."""
    head = content[:200_000]
    for delimiter, quotechar in ((";", "'"), (";", '"'), (",", '"'), ("\t", '"'), (",", "'")):
        try:
            widths = {len(r) for r, _ in zip(csv.reader(io.StringIO(head), delimiter=delimiter, quotechar=quotechar), range(30)) if r}
        except csv.Error:
            continue
        if len(widths) == 1 and widths.pop() >= 2:
            return delimiter, quotechar
    return ",", '"'


def read_warc(path: Path, max_bytes: int) -> Iterator[RawItem | IngestError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    sp = str(path)
    n = 0
    try:
        with path.open("rb") as fh:
            for rec in ArchiveIterator(fh, arc2warc=True):
                if rec.rec_type != "response":
                    continue
                n += 1
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                where = f"{sp}#{uri or n}"
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
                if "html" not in ctype.lower() and ctype:
                    continue
                try:
                    body = rec.content_stream().read(max_bytes + 1)
                except Exception as e:  # corrupt gzip member
                    yield error(where, "truncated", f"{type(e).__name__}: {e}")
                    return
                if len(body) > max_bytes:
                    yield error(where, "too_large", f"record over {max_bytes} bytes")
                    continue
                missing = getattr(rec.raw_stream, "limit", 0)
                if missing:
                    # the file ends before the record's declared Content-Length
                    yield error(where, "truncated", f"record is {missing} of {rec.length} bytes short")
                    return
                declared = ctype.split("charset=")[-1].strip() if "charset=" in ctype else None
                try:
                    item = read_html(body, where, url=uri, declared=declared)
                except BadInput as e:
                    yield error(where, e.reason, e.detail)
                    continue
                date = rec.rec_headers.get_header("WARC-Date")
                item.published = item.published or (date[:10] if date else None)
                yield item
    except ArchiveLoadFailed as e:
        yield error(sp, "bad_warc", str(e))
    except (OSError, EOFError, ValueError) as e:
        yield error(sp, "truncated", f"{type(e).__name__}: {e}")
