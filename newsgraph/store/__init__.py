"""The store stage: persist every record of the model; DuckDB by default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..config import load as load_config
from .base import Store


def open_store(path: str | Path | None = None, read_only: bool = False) -> Store:
    """Open (creating on first use) the store at ``path`` or the configured default."""
    from .duckdb_store import DuckDBStore

    return DuckDBStore(path or load_config()["store"]["path"], read_only=read_only)


def __getattr__(name: str) -> Any:
    # DuckDB is imported on first use: Ray workers import the table schema of this package
    # (``store.schema``) but never open a store
    if name == "DuckDBStore":
        from .duckdb_store import DuckDBStore

        return DuckDBStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Store", "DuckDBStore", "open_store"]
