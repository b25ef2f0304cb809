"""Settings of the checks stage: newsgraph/config/checks.toml, overridable per component."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).resolve().parent.parent / "config" / "checks.toml"


@lru_cache(maxsize=1)
def settings() -> dict:
    return tomllib.loads(FILE.read_text("utf-8"))


def section(name: str, overrides: dict | None = None) -> dict:
    out = dict(settings().get(name, {}))
    if overrides:
        out.update(overrides)
    return out
