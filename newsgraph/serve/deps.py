"""What every route needs: the store, the configuration, pagination."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from ..store.base import Store


@dataclass
class ServeState:
    store: Store
    config: dict[str, Any]
    read_only: bool = False
    pipeline: Any = None  # built on the first ingest: loading models costs seconds
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def serve(self) -> dict[str, Any]:
        return self.config.get("serve", {})


def state(request: Request) -> ServeState:
    return request.app.state.newsgraph


State = Annotated[ServeState, Depends(state)]

# The bounds are fixed here because OpenAPI needs them at import time; the configured page
# size applies when the client gives none.
MAX_LIMIT = 200


@dataclass
class Paging:
    limit: int
    offset: int


def paging(st: State, limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description="Page size")] = None,
           offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> Paging:
    cap = min(MAX_LIMIT, int(st.serve.get("max_page_size", MAX_LIMIT)))
    return Paging(limit=min(limit or int(st.serve.get("page_size", 20)), cap), offset=offset)


Pages = Annotated[Paging, Depends(paging)]


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} {key!r}")


def resolve_article(st: ServeState, article_id: str) -> str:
    """Full ids and unique prefixes (as the CLI accepts them) both work."""
    if st.store.has_article(article_id):
        return article_id
    if len(article_id) >= 6:
        found = st.store.find_article_id(article_id)
        if found:
            return found
    raise not_found("article", article_id)
