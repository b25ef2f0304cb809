"""Where the link stage finds its settings and shipped KB files."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..config import _merge, data_dir

LINK_TOML = Path(__file__).resolve().parent.parent / "config" / "link.toml"


@lru_cache(maxsize=1)
def link_config() -> dict[str, Any]:
    cfg = tomllib.loads(LINK_TOML.read_text("utf-8"))
    user = os.environ.get("NEWSGRAPH_LINK_CONFIG")
    if user:
        cfg = _merge(cfg, tomllib.loads(Path(user).read_text("utf-8")))
    return cfg


def kb_dir() -> Path:
    return data_dir() / "kb"


def kb_path(name: str) -> Path:
    p = Path(name)
    return p if p.is_absolute() else kb_dir() / p
