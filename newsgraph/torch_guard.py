"""Keep torch out of a process that never uses it: the ``newsgraph`` command (``[cli] torch``) and each
Ray worker (``[ray] worker_torch``).

thinc imports torch whenever it is installed (the ``train`` extra) though nothing at run time uses it,
which costs ~1.3 CPU s and ~190 MB per process (bench/README.md, round 23). A ``None`` in sys.modules
makes ``import torch`` fail, so thinc takes its no-torch path; it has to be in place before spaCy is
imported. Both callers leave torch alone when a configured spaCy pipeline needs it.
"""

from __future__ import annotations

import re
import sys

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
