"""The store stage: persist every record of the model; DuckDB by default."""

from __future__ import annotations

from pathlib import Path

from ..config import load as load_config
from .base import Store
from .duckdb_store import DuckDBStore


def open_store(path: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (creating on first use) the store at ``path`` or the configured default."""
    return DuckDBStore(path or load_config()["store"]["path"], read_only=read_only)


__all__ = ["Store", "DuckDBStore", "open_store"]
