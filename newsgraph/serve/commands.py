"""``newsgraph serve``: the HTTP API and web UI on the embedded DuckDB store."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        store: str | None = typer.Option(None, "--store", "-s", help="DuckDB file (default: config [store] path)"),
        host: str | None = typer.Option(None, "--host", help="Address to listen on (default: config [serve] host)"),
        port: int | None = typer.Option(None, "--port", "-p", help="Port (default: config [serve] port)"),
        read_only: bool = typer.Option(False, "--read-only",
                                       help="Open the store read-only (other processes may read it too); ingest is refused"),
    ) -> None:
        """Serve the HTTP API (/api, schema at /openapi.json) and the web UI (/)."""
        from pathlib import Path

        import duckdb
        import uvicorn

        from ..config import load as load_config
        from ..store import open_store
        from .app import create_app

        cfg = load_config()
        scfg = cfg.get("serve", {})
        if read_only and store and not Path(store).exists():
            typer.echo(f"no store at {store}", err=True)
            raise typer.Exit(2)
        try:
            st = open_store(store, read_only=read_only)
        except duckdb.IOException as e:
            # typically another process holds the file for writing
            typer.echo(f"cannot open the store: {e}", err=True)
            raise typer.Exit(2) from None
        h, p = host or scfg.get("host", "127.0.0.1"), port or int(scfg.get("port", 8765))
        typer.echo(f"newsgraph serving {store or cfg['store']['path']} on http://{h}:{p}/", err=True)
        try:
            uvicorn.run(create_app(st, cfg, read_only=read_only), host=h, port=p, log_level="warning")
        finally:
            st.close()
