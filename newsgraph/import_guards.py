"""Keep imports a process never uses out of it: torch in the ``newsgraph`` command (``[cli] torch``) and in
each Ray worker (``[ray] worker_torch``); spaCy's command line and pyarrow's pandas probe in each worker
(``[ray] worker_spacy_cli``, ``[ray] worker_pandas``).

thinc imports torch whenever it is installed (the ``train`` extra) though nothing at run time uses it,
which costs ~1.3 CPU s and ~190 MB per process (bench/README.md, round 23). A ``None`` in sys.modules
makes ``import torch`` fail, so thinc takes its no-torch path; it has to be in place before spaCy is
imported. Both callers leave torch alone when a configured spaCy pipeline needs it. The other two guards
are round 25's (bench/README.md, "worker imports (h12)").
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from pathlib import Path

# A spaCy pipeline needs torch only through a transformer component (spacy-transformers,
# spacy-curated-transformers) or a PyTorch-wrapped layer; its config.cfg names them.
_TORCH_IN_CFG = re.compile(r'^\s*(factory\s*=\s*"(curated_)?transformer"'
                           r'|@architectures\s*=\s*"(spacy-(curated-)?transformers\.|[^"]*PyTorch))', re.M)


def models_need_torch(cfg: dict) -> bool:
    """Whether a spaCy pipeline named in ``[nlp.<lang>]`` (model, ner) has a torch component (read as text,
    nothing loaded)."""
    from .config import models_dir

    for section in cfg.get("nlp", {}).values():
        if not isinstance(section, dict):
            continue
        for key in ("model", "ner"):
            path = models_dir() / section[key] / "config.cfg" if section.get(key) else None
            if path is not None and path.is_file() and _TORCH_IN_CFG.search(path.read_text("utf-8")):
                return True
    return False


def refuse_torch() -> bool:
    """Make ``import torch`` fail in this process, unless torch is already loaded; whether it did."""
    if "torch" in sys.modules:
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]
    return True


class _CliStub(types.ModuleType):
    """Stands in for ``spacy.cli`` / ``spacy.cli.info`` until something reads from it; then the real package."""

    def __getattr__(self, name: str):
        if name.startswith("__"):  # the import system's probes (``__path__`` of a ``from`` import) must not load it
            raise AttributeError(name)
        return getattr(_real_spacy_cli(self.__name__), name)


def _real_spacy_cli(name: str = "spacy.cli"):
    for mod in ("spacy.cli.info", "spacy.cli"):
        if isinstance(sys.modules.get(mod), _CliStub):
            del sys.modules[mod]
    real = importlib.import_module(name)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = sys.modules["spacy.cli"]  # type: ignore[attr-defined]
    return real


def _info(*args, **kwargs):
    return _real_spacy_cli().info(*args, **kwargs)


def defer_spacy_cli() -> bool:
    """Leave spaCy's command line (``spacy.cli``: typer, rich, httpx, jinja2, weasel, ~230 modules) unimported
    until first used; whether it did.

    ``import spacy`` imports the whole CLI for ``spacy.info``, which a Ray worker's analysis never calls
    (~0.1-0.2 CPU s of its start-up, bench/README.md round 25, h12). The stubs load the real package on
    the first attribute read, so ``spacy.info()`` or ``import spacy.cli.download`` still work; has to be
    in place before spaCy is imported.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return False
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return False
    cli, info = _CliStub("spacy.cli"), _CliStub("spacy.cli.info")
    # a package's path, so ``import spacy.cli.download`` finds its submodule without the stub's ``__init__``
    cli.__path__ = [str(Path(d) / "cli") for d in spec.submodule_search_locations]  # type: ignore[attr-defined]
    info.info = _info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    return True


class _NoPandas:
    """A finder that reports pandas missing (raising, so compiled ``import pandas`` sees it too)."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def pyarrow_without_pandas() -> bool:
    """Have pyarrow settle, once, that there is no pandas, without keeping pandas from anyone else; whether it did.

    pyarrow imports pandas the first time it converts a Python list (``pa.array``, ``Table.from_pylist``) only
    to ask whether the list is a pandas object: ~0.2 CPU s of a Ray worker's first partition (bench/README.md
    round 25, h12) for tables built from lists. Its answer is kept for the process, so pandas is hidden while
    it asks and importable again afterwards; pyarrow's own pandas conversions (``to_pandas``) then fail in
    this process, which a worker never makes.
    """
    if "pandas" in sys.modules:
        return False
    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        import pyarrow as pa

        pa.array([])
    finally:
        sys.meta_path.remove(blocker)
    return "pandas" not in sys.modules
