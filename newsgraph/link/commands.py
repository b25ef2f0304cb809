"""``newsgraph entities``: entities of the store with mention counts per outlet and over time."""

from __future__ import annotations

import typer

PERIODS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}


def entity_counts(store, type: str | None = None, outlet: str | None = None, limit: int = 30,
                  include_desc: bool = True) -> list[dict]:
    """Top entities by mentions: [{id, name, type, mentions, articles, outlets: {outlet: n}}]."""
    where, params = ["m.entity_id IS NOT NULL"], []
    if not include_desc:
        where.append("m.type <> 'DESC'")
    if type:
        where.append("e.type = ?")
        params.append(type)
    if outlet:
        where.append("coalesce(a.outlet, '?') = ?")
        params.append(outlet)
    cond = " AND ".join(where)
    rows = store.query(f"""
        SELECT m.entity_id AS id, any_value(e.name) AS name, any_value(e.type) AS type,
               count(*) AS mentions, count(DISTINCT m.article_id) AS articles
        FROM mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN entities e ON e.id = m.entity_id
        WHERE {cond} GROUP BY m.entity_id ORDER BY mentions DESC, id LIMIT ?""", [*params, limit])
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    per = store.query(f"""
        SELECT m.entity_id AS id, coalesce(a.outlet, '?') AS outlet, count(*) AS n
        FROM mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN entities e ON e.id = m.entity_id
        WHERE {cond} AND m.entity_id IN ({marks}) GROUP BY 1, 2 ORDER BY n DESC""", [*params, *ids])
    by = {r["id"]: {} for r in rows}
    for r in per:
        by[r["id"]][r["outlet"]] = r["n"]
    for r in rows:
        r["outlets"] = by[r["id"]]
    return rows


def entity_timeline(store, entity_id: str, period: str = "month") -> list[dict]:
    """Mentions of one entity per period and outlet: [{period, outlet, mentions}]."""
    fmt = PERIODS[period]
    return store.query(f"""
        SELECT strftime(a.published, '{fmt}') AS period, coalesce(a.outlet, '?') AS outlet, count(*) AS mentions
        FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id = ? AND a.published IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""", [entity_id])


def register(app: typer.Typer) -> None:
    @app.command("entities")
    def entities_cmd(
        store: str | None = typer.Option(None, "--store", "-s", help="DuckDB file (default from config)"),
        type: str | None = typer.Option(None, "--type", "-t", help="PER | LOC | ORG | MISC"),
        outlet: str | None = typer.Option(None, "--outlet", "-o", help="only mentions in this outlet"),
        entity: str | None = typer.Option(None, "--entity", "-e", help="an entity id or name: its mentions over time"),
        by: str = typer.Option("month", "--by", help="day | week | month | year (with --entity)"),
        limit: int = typer.Option(30, "--limit", "-n"),
        no_desc: bool = typer.Option(False, "--no-desc", help="count names only, not role descriptions"),
    ) -> None:
        """Entities with mention counts per outlet; with --entity, its mentions over time."""
        from rich.console import Console
        from rich.table import Table

        from ..store import open_store

        console = Console()
        st = open_store(store, read_only=True)
        if entity:
            eid = entity
            if not st.query("SELECT 1 FROM entities WHERE id = ?", [eid]):
                from .resolve import resolve

                eid = resolve(entity)[0]
            if by not in PERIODS:
                raise typer.BadParameter(f"--by must be one of {', '.join(PERIODS)}")
            t = Table(by, "outlet", "mentions", title=f"{entity} ({eid})")
            for r in entity_timeline(st, eid, by):
                t.add_row(str(r["period"]), r["outlet"], str(r["mentions"]))
            console.print(t)
            return
        t = Table("id", "name", "type", "mentions", "articles", "per outlet")
        for r in entity_counts(st, type, outlet, limit, not no_desc):
            per = ", ".join(f"{o}: {n}" for o, n in list(r["outlets"].items())[:6])
            t.add_row(r["id"], r["name"] or "", r["type"] or "", str(r["mentions"]), str(r["articles"]), per)
        console.print(t)
