"""Settings of the Ray engine, from ``newsgraph/config/scale.toml``."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

FILE = Path(__file__).resolve().parent.parent / "config" / "scale.toml"


@lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    return tomllib.loads(FILE.read_text("utf-8"))
