"""Configuration files. ``load()`` merges the packaged default with a user file."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).with_name("default.toml")
PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for k, v in extra.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


@lru_cache(maxsize=8)
def load(path: str | None = None) -> dict[str, Any]:
    cfg = tomllib.loads(DEFAULT.read_text("utf-8"))
    user = path or os.environ.get("NEWSGRAPH_CONFIG")
    if user:
        cfg = _merge(cfg, tomllib.loads(Path(user).read_text("utf-8")))
    return cfg


def models_dir() -> Path:
    """Trained artefacts: NEWSGRAPH_MODELS, else the repository's ``models/``."""
    env = os.environ.get("NEWSGRAPH_MODELS")
    return Path(env) if env else PACKAGE_ROOT.parent / "models"


def data_dir() -> Path:
    """Data shipped inside the package (samples, knowledge base, lexicons)."""
    return PACKAGE_ROOT / "data"
