"""``newsgraph stories``: stories with their articles, outlets and time span."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("stories")
    def stories_cmd(
        store: str | None = typer.Option(None, "--store", "-s", help="DuckDB file (default: config [store] path)"),
        limit: int = typer.Option(50, "--limit", "-n", help="Most recent stories to show"),
        min_articles: int = typer.Option(1, "--min-articles", help="Hide stories with fewer articles"),
        as_json: bool = typer.Option(False, "--json", help="One JSON story per line"),
    ) -> None:
        """List stories: articles (across outlets and languages), outlets and time span."""
        from rich.console import Console

        from ..model import Story
        from ..store import open_store

        console = Console()
        st = open_store(store, read_only=True)
        rows = st.query('SELECT data FROM stories WHERE n_articles >= ? ORDER BY "end" DESC NULLS LAST, n_articles DESC, id '
                        "LIMIT ?", [min_articles, limit])
        for r in rows:
            s = Story.model_validate_json(r["data"])
            if as_json:
                print(s.model_dump_json())
                continue
            span = f"{s.start} – {s.end}" if s.start and s.end and s.start != s.end else str(s.start or "undated")
            n_events = len(s.event_ids)
            console.print(f"[bold]{s.id}[/]  {s.title[:80]}")
            console.print(f"  {len(s.article_ids)} articles · outlets: {', '.join(s.outlets) or 'unknown'} · "
                          f"languages: {', '.join(s.languages) or '?'} · {span} · {n_events} events")
            ph = ",".join("?" * len(s.article_ids))
            arts = {a["id"]: a for a in st.query(f"SELECT id, outlet, language, published, title FROM articles WHERE id IN ({ph})",
                                                 list(s.article_ids))} if s.article_ids else {}
            for aid in s.article_ids:
                a = arts.get(aid, {})
                console.print(f"    {aid}  {a.get('published') or '':<10}  {a.get('language') or '':<2}  "
                              f"{(a.get('outlet') or '-')[:20]:<20}  {(a.get('title') or '')[:70]}", highlight=False)
        if not rows and not as_json:
            console.print("no stories (ingest articles first)")
        st.close()
