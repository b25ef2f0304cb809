"""Write endpoints: ingest articles as JSON, as HTML, or as an uploaded file.

Everything goes through the same ``pipeline.ingest`` as the CLI (deduplication, analysis,
atomic writes, corpus components), one request at a time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from datetime import UTC, date
from pathlib import Path as FsPath
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from ..ingest.articles import build_article
from ..ingest.decode import BadInput
from ..ingest.readers import (
    CSV_EXT,
    HTML_EXT,
    JSONL_EXT,
    TEXT_EXT,
    WARC_EXT,
    RawItem,
    error,
    read_file,
    read_html,
)
from ..model import IngestError
from .deps import ServeState, State
from .schemas import LANG_PATTERN, IngestHTML, IngestJSON, IngestResult, IsoDate, Problem

router = APIRouter(prefix="/api/ingest")
ERRORS = {
    400: {"model": Problem, "description": "The body cannot be parsed (not JSON, not UTF-8)"},
    403: {"model": Problem, "description": "The server runs read-only"},
    413: {"model": Problem, "description": "Request body or upload too large"},
    422: {"model": Problem, "description": "Invalid input, or no article could be read from it"},
}
UPLOAD_EXT = TEXT_EXT | JSONL_EXT | HTML_EXT | WARC_EXT | CSV_EXT


def _pipeline(st: ServeState):
    if st.pipeline is None:
        from ..pipeline import Pipeline

        st.pipeline = Pipeline(st.config)
    return st.pipeline


def _run(st: ServeState, items: Iterable[RawItem | IngestError], overrides: dict) -> IngestResult:
    if st.read_only:
        raise HTTPException(status_code=403, detail="this server was started read-only")
    from ..pipeline import ingest

    items = list(items)
    icfg = st.config["ingest"]
    # ingest() reports only newly stored ids; the client also wants those it already had
    ids: list[str] = []
    for it in items:
        if isinstance(it, RawItem):
            try:
                ids.append(build_article(it, icfg["min_chars"], overrides).id)
            except BadInput:
                pass
    with st.ingest_lock:
        report = ingest([], st.store, overrides, _pipeline(st), items=items)
    # the model keeps naive UTC times; the API says which zone they are in (RFC 3339)
    report.errors = [e.model_copy(update={"at": e.at.replace(tzinfo=UTC)}) if e.at.tzinfo is None else e
                     for e in report.errors]
    if not ids:
        raise HTTPException(status_code=422, detail=[e.model_dump(mode="json") for e in report.errors]
                            or "no article found in the input")
    return IngestResult(stored=report.stored, skipped=report.skipped, duplicates=report.duplicates,
                        article_ids=list(dict.fromkeys(ids)), errors=report.errors)


def _clean(s: str | None) -> str | None:
    """JSON may carry lone surrogates, which no UTF-8 store accepts: replace them."""
    return s.encode("utf-8", "replace").decode("utf-8") if s else s


def _overrides(language: str | None, published: date | None, outlet: str | None) -> dict:
    return {"language": language, "published": published.isoformat() if published else None, "outlet": _clean(outlet)}


@router.post("/json", response_model=IngestResult, responses=ERRORS)
def ingest_json(st: State, body: IngestJSON):
    """Articles as JSON objects: text plus optional title, url, outlet, language, published."""
    if len(body.articles) > int(st.serve.get("max_ingest_items", 100)):
        raise HTTPException(status_code=413, detail=f"more than {st.serve.get('max_ingest_items', 100)} articles")
    items = []
    for n, a in enumerate(body.articles):
        a = a.model_copy(update={k: _clean(getattr(a, k)) for k in ("text", "title", "url", "outlet")})
        text = a.text if not a.title or a.text.lstrip().startswith(a.title) else f"{a.title}\n{a.text}"
        items.append(RawItem(text=text, title=a.title or text.strip().split("\n", 1)[0], url=a.url, outlet=a.outlet,
                             language=a.language, published=a.published.isoformat() if a.published else None,
                             source_path=f"api:json:{n}"))
    return _run(st, items, {})


@router.post("/html", response_model=IngestResult, responses=ERRORS)
def ingest_html(st: State, body: IngestHTML):
    """One web page: the article text and metadata are extracted from the HTML."""
    try:
        item: RawItem | IngestError = read_html(body.html.encode("utf-8", "replace"), "api:html", url=_clean(body.url),
                                                declared="utf-8")
    except BadInput as e:
        item = error("api:html", e.reason, e.detail)
    return _run(st, [item], _overrides(body.language, body.published, body.outlet))


@router.post("/upload", response_model=IngestResult, responses=ERRORS)
def ingest_upload(st: State, file: Annotated[UploadFile, File(description="txt, html, json(l), csv or warc(.gz)")],
                  language: Annotated[str | None, Form(pattern=LANG_PATTERN)] = None,
                  published: Annotated[IsoDate | None, Form()] = None,
                  outlet: Annotated[str | None, Form(max_length=200)] = None):
    """A file in any format ``newsgraph ingest`` reads; its size is limited by ``[serve] max_upload_bytes``."""
    limit = int(st.serve.get("max_upload_bytes", 5_000_000))
    name = FsPath(file.filename or "upload.txt").name
    lower = name.lower()
    # the reader picks the format by extension: keep only one it knows, never the client's path
    suffix = next((e for e in sorted(UPLOAD_EXT, key=len, reverse=True) if lower.endswith(e)), ".txt")
    with tempfile.TemporaryDirectory(prefix="newsgraph-upload-") as tmp:
        path = FsPath(tmp) / f"upload{suffix}"
        size = 0
        with path.open("wb") as fh:
            while chunk := file.file.read(1 << 16):
                size += len(chunk)
                if size > limit:
                    raise HTTPException(status_code=413, detail=f"upload larger than {limit} bytes")
                fh.write(chunk)
        items = []
        for it in read_file(path, limit):
            it_path = f"upload:{name}" + (it.source_path[len(str(path)):] if isinstance(it, RawItem) else "")
            if isinstance(it, RawItem):
                it.source_path = it_path
            else:
                it = it.model_copy(update={"path": f"upload:{name}"})
            items.append(it)
        return _run(st, items, _overrides(language, published, outlet))
