"""The FastAPI application: JSON API under /api, the web UI as static files under /."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import load as load_config
from ..store.base import Store
from . import routes_ingest, routes_read
from .deps import ServeState
from .limits import BodyLimit, SecurityHeaders

STATIC = Path(__file__).with_name("static")


def create_app(store: Store, config: dict[str, Any] | None = None, read_only: bool = False, pipeline=None) -> FastAPI:
    config = config or load_config()
    app = FastAPI(title="newsgraph", version=__version__,
                  description="Who said what, according to whom, how sure: articles, claims, events, entities, stories, flags.",
                  # the interactive docs load scripts from a CDN, which neither works offline nor passes the CSP
                  docs_url=None, redoc_url=None)
    app.state.newsgraph = ServeState(store=store, config=config, read_only=read_only, pipeline=pipeline)
    app.include_router(routes_read.router)
    app.include_router(routes_ingest.router)

    @app.exception_handler(UnicodeError)
    def unicode_error(request: Request, exc: UnicodeError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": f"text is not valid Unicode: {exc}"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.add_middleware(BodyLimit, max_bytes=int(config.get("serve", {}).get("max_upload_bytes", 5_000_000)))
    app.add_middleware(SecurityHeaders)
    return app
