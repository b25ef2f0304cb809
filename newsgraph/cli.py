"""The ``newsgraph`` command line."""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from . import __version__
from .import_guards import models_need_torch, refuse_torch


def keep_torch_out() -> bool:
    """``[cli] torch = false`` (config/default.toml): this process never imports torch (newsgraph/import_guards.py).

    Only the command's own process calls this (``_is_entry_point``): training scripts and tests that import
    newsgraph keep torch. Left alone when torch is already loaded or a configured model needs it.
    """
    if "torch" in sys.modules:
        return False
    from .config import load

    cfg = load()
    if cfg.get("cli", {}).get("torch", True) or models_need_torch(cfg):
        return False
    return refuse_torch()


def _is_entry_point() -> bool:
    """This process is the ``newsgraph`` command: the console script (``newsgraph = newsgraph.cli:app``
    imports this module first) or ``python -m newsgraph.cli``; not a test or training script that imports it."""
    return Path(sys.argv[0]).name == "newsgraph" or __name__ == "__main__"


# before the stage commands below import spaCy (and thinc, which decides about torch on import)
if _is_entry_point():
    keep_torch_out()

app = typer.Typer(add_completion=False, no_args_is_help=True, help="newsgraph: who said what, according to whom, how sure.")
# piped output (a log, a pager, a test) gets the width of a wide terminal, not rich's 80 columns
console = Console(width=None if sys.stdout.isatty() else 150)
err_console = Console(stderr=True)

StoreOpt = typer.Option(None, "--store", "-s", help="DuckDB file (default: config [store] path)")


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(message)s",
                        handlers=[RichHandler(console=err_console, show_path=False, show_time=False)], force=True)


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v"), version: bool = typer.Option(False, "--version")) -> None:
    _setup_logging(verbose)
    if version:
        console.print(f"newsgraph {__version__}")
        raise typer.Exit()


def run_ingest(paths: list[Path], store_path: str | None, overrides: dict, engine: str = "local", **kw) -> object:
    from .ingest.readers import read_paths
    from .pipeline import Pipeline, ingest
    from .store import open_store

    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        err_console.print(f"[red]no such file or directory:[/] {', '.join(missing)}")
        raise typer.Exit(2)
    store = open_store(store_path)
    if engine == "ray":
        from .scale import ray_ingest

        # Parquet partitions next to the store by default, so re-running the command resumes
        out = kw.get("out") or f"{getattr(store, 'path', 'newsgraph')}.parts"
        report = ray_ingest(paths, store, out, overrides, workers=kw.get("workers"), address=kw.get("address"))
        store.close()
        return report
    pipeline = Pipeline()
    # the model loaded before ingest freezes what exists (it loaded on the first batch, after the freeze, so a full
    # collection walked it); the language given, else the one an undetected article gets
    pipeline.load_models([overrides.get("language") or "de"])
    with Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console, transient=False) as prog:
        task = prog.add_task("ingest", total=None)
        report = ingest(paths, store, overrides, pipeline, progress=lambda n: prog.advance(task, n),
                        items=read_paths(paths, pipeline.config["ingest"]["max_bytes"]))
    store.close()
    return report


@app.command("ingest")
def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or directories: .txt, .jsonl, .html, .warc(.gz), .csv"),
    lang: str | None = typer.Option(None, "--lang", help="Language of all inputs (default: detected)"),
    published: str | None = typer.Option(None, "--published", help="Publication date of all inputs (YYYY-MM-DD)"),
    outlet: str | None = typer.Option(None, "--outlet", help="Outlet of all inputs"),
    store: str | None = StoreOpt,
    engine: str = typer.Option("local", "--engine", help="local (this process) or ray (a pool of Ray actors: many workers, resumable)"),
    address: str | None = typer.Option(None, "--address", help="Ray cluster to run on (--engine ray), e.g. auto or ray://head:10001"),
    workers: int | None = typer.Option(None, "--workers", help="Ray workers (--engine ray; default: all CPUs)"),
    out: Path | None = typer.Option(None, "--out", help="Parquet output and resume markers (--engine ray; default: STORE.parts)"),
) -> None:
    """Read articles, analyse them and store every record."""
    if engine not in ("local", "ray"):
        err_console.print("[red]--engine must be local or ray[/]")
        raise typer.Exit(2)
    report = run_ingest(paths, store, {"language": lang, "published": published, "outlet": outlet}, engine=engine,
                        address=address, workers=workers, out=out)
    _print_report(report)


def _print_report(report) -> None:
    console.print(f"stored [bold]{report.stored}[/] new articles ({report.duplicates} recorded as duplicates), "
                  f"{report.skipped} already stored, [bold]{len(report.errors)}[/] errors")
    for e in report.errors[:50]:
        console.print(f"  [yellow]error[/] {e.path}: {e.reason} {e.detail}")
    if len(report.errors) > 50:
        console.print(f"  … and {len(report.errors) - 50} more (see the errors table)")


@app.command("show")
def show_cmd(article_id: str = typer.Argument(..., help="Article id or a unique prefix"), store: str | None = StoreOpt,
             as_json: bool = typer.Option(False, "--json", help="Print the full record as JSON")) -> None:
    """Show one article with everything extracted from it."""
    from .show import render
    from .store import open_store

    st = open_store(store, read_only=True) if store is None or Path(store).exists() else None
    if st is None:
        err_console.print(f"[red]no store at {store}[/]")
        raise typer.Exit(2)
    aid = st.find_article_id(article_id)
    a = st.get_analysis(aid) if aid else None
    if a is None:
        err_console.print(f"[red]no article {article_id!r}[/] (ids: newsgraph articles)")
        raise typer.Exit(1)
    if as_json:
        console.print_json(a.model_dump_json())
    else:
        render(a, console)


@app.command("articles")
def articles_cmd(store: str | None = StoreOpt, limit: int = typer.Option(50, "--limit", "-n")) -> None:
    """List stored articles."""
    from rich.table import Table

    from .store import open_store

    st = open_store(store, read_only=True)
    t = Table("id", "lang", "published", "outlet", "title", "dup")
    for r in st.query("SELECT id, language, published, outlet, title, duplicate_kind FROM articles ORDER BY published NULLS LAST, id LIMIT ?", [limit]):
        t.add_row(r["id"], r["language"] or "", str(r["published"] or ""), r["outlet"] or "", (r["title"] or "")[:70], r["duplicate_kind"] or "")
    console.print(t)


@app.command("stats")
def stats_cmd(store: str | None = StoreOpt) -> None:
    """Counts of every record type in the store."""
    from .store import open_store

    st = open_store(store, read_only=True)
    for k, v in st.counts().items():
        console.print(f"{k:>12}  {v}")


@app.command("export")
def export_cmd(fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl or parquet"),
               out: Path = typer.Option(Path("newsgraph-export"), "--out", "-o"), store: str | None = StoreOpt) -> None:
    """Export the store: JSONL (one full analysis per article) or Parquet (one file per table)."""
    from .store import open_store

    if fmt not in ("jsonl", "parquet"):
        err_console.print("[red]--format must be jsonl or parquet[/]")
        raise typer.Exit(2)
    st = open_store(store, read_only=True)
    for p in st.export(str(out), fmt):
        console.print(p)


@app.command("demo")
def demo_cmd(store: str | None = typer.Option(None, "--store", "-s", help="DuckDB file (default: a temporary one)")) -> None:
    """Ingest the bundled sample articles (the seed among them) and print what was found."""
    import tempfile

    from .config import data_dir
    from .show import render
    from .store import open_store

    samples = data_dir() / "samples"
    tmp = None
    if store is None:
        tmp = tempfile.TemporaryDirectory(prefix="newsgraph-demo-")
        store = str(Path(tmp.name) / "demo.duckdb")
    report = run_ingest([samples / "seed_de.txt"], store, {"language": "de", "published": "2024-12-21"})
    others = [p for p in sorted(samples.iterdir()) if p.name != "seed_de.txt" and not p.name.startswith(("README", "."))]
    if others:
        more = run_ingest(others, store, {})
        report.stored += more.stored
        report.errors += more.errors
        report.new_ids += more.new_ids
        report.duplicates += more.duplicates
        report.skipped += more.skipped
    _print_report(report)
    st = open_store(store, read_only=True)
    seed = next((a for a in st.iter_analyses(report.new_ids[:1])), None)
    if seed:
        render(seed, console)
    console.rule("store")
    for k, v in st.counts().items():
        console.print(f"{k:>12}  {v}")
    st.close()
    if tmp:
        tmp.cleanup()


@app.command("eval", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def eval_cmd(ctx: typer.Context, component: str = typer.Argument(..., help="ner | ud | quotes | names | time | events | ...")) -> None:
    """Score a component on a gold file: prints precision/recall/F1."""
    try:
        mod = importlib.import_module(f"newsgraph.eval.{component}")
    except ModuleNotFoundError:
        import pkgutil

        from . import eval as ev

        names = sorted(m.name for m in pkgutil.iter_modules(ev.__path__) if not m.name.startswith("_"))
        err_console.print(f"[red]no scorer {component!r}[/]; available: {', '.join(names)}")
        raise typer.Exit(2) from None
    raise typer.Exit(mod.main(list(ctx.args)) or 0)


def _register_stage_commands() -> None:
    """Stages add their own commands (``entities``, ``stories``, ``serve``…) in ``<stage>/commands.py``."""
    for stage in ("ingest", "nlp", "extract", "link", "stories", "checks", "store", "serve"):
        try:
            mod = importlib.import_module(f"newsgraph.{stage}.commands")
        except ModuleNotFoundError as e:
            if e.name != f"newsgraph.{stage}.commands":
                raise
            continue
        mod.register(app)


_register_stage_commands()

if __name__ == "__main__":
    sys.exit(app())
