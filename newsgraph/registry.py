"""Component registry, in the manner of spaCy's: stages register factories by name and the
pipeline config (``newsgraph/config/default.toml``) says which run, in which order.

A component is a callable ``component(analysis, doc)`` that adds records to ``analysis``;
``doc`` is the spaCy ``Doc`` of ``analysis.article.text`` made by the nlp stage.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Protocol

from .model import Analysis


class Component(Protocol):
    def __call__(self, analysis: Analysis, doc: Any) -> None: ...


_FACTORIES: dict[str, Callable[..., Component]] = {}


def component(name: str) -> Callable[[Callable[..., Component]], Callable[..., Component]]:
    """Register ``factory(**settings) -> Component`` under ``name`` (e.g. ``extract.quotes``)."""

    def register(factory: Callable[..., Component]) -> Callable[..., Component]:
        _FACTORIES[name] = factory
        return factory

    return register


def create(name: str, **settings: Any) -> Component:
    """Build a registered component. ``stage.module`` names import ``newsgraph.stage.module``
    on first use, so a component is available as soon as its module exists."""
    if name not in _FACTORIES:
        importlib.import_module(f"newsgraph.{name.split(':')[0]}")
    if name not in _FACTORIES:
        raise KeyError(f"no component registered as {name!r}")
    return _FACTORIES[name](**settings)


def registered() -> list[str]:
    return sorted(_FACTORIES)
