"""``newsgraph flags``: defects and contradictions found in stored articles."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("flags")
    def flags_cmd(
        store: str | None = typer.Option(None, "--store", "-s", help="DuckDB file (default: config [store] path)"),
        kind: str | None = typer.Option(None, "--kind", "-k", help="glued_sentence, off_topic, dangling_reference, "
                                        "duplicate_paragraph, truncated, mixed_language, contradiction"),
        article: str | None = typer.Option(None, "--article", "-a", help="Only this article (id or prefix)"),
        limit: int = typer.Option(100, "--limit", "-n"),
    ) -> None:
        """List flags with their spans and reasons (contradictions show both articles)."""
        from rich.console import Console

        from ..model import Flag
        from ..store import open_store

        console = Console()
        st = open_store(store, read_only=True)
        sql, params = "SELECT data FROM flags WHERE 1=1", []
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        if article:
            aid = st.find_article_id(article) or article
            sql += " AND (article_id = ? OR other_article_id = ?)"
            params += [aid, aid]
        sql += " ORDER BY article_id, kind, id LIMIT ?"
        params.append(limit)
        rows = st.query(sql, params)
        for r in rows:
            f = Flag.model_validate_json(r["data"])
            where = f"{f.span.start}-{f.span.end} {f.span.text[:60]!r}" if f.span else ""
            console.print(f"[bold]{f.kind}[/] {f.article_id} {where}  ({f.score:.2f})", highlight=False)
            if f.other_article_id and f.other_span:
                console.print(f"    vs {f.other_article_id} {f.other_span.start}-{f.other_span.end} "
                              f"{f.other_span.text[:60]!r}", highlight=False)
            console.print(f"    {f.reason}", highlight=False)
        if not rows:
            console.print("no flags")
        st.close()
