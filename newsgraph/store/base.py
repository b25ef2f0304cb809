"""The storage interface every stage and the API talk to.

Small on purpose: a PostgreSQL backend only needs these methods. Records are the pydantic
models of ``newsgraph.model``; each table keeps the full record as JSON plus the columns
queries filter on.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any

from ..model import Analysis, Article, Entity, Flag, IngestError, Story


class Store(ABC):
    @abstractmethod
    def known_articles(self) -> Iterator[tuple[str, str, Any]]:
        """(article id, content hash, MinHash signature or None) of every stored article."""

    @abstractmethod
    def has_article(self, article_id: str) -> bool: ...

    def stored_ids(self, article_ids: Iterable[str]) -> set[str]:
        """Those of ``article_ids`` the store has (a backend answers in one query)."""
        return {i for i in article_ids if self.has_article(i)}

    @abstractmethod
    def put_analyses(self, analyses: Iterable[Analysis], signatures: dict[str, Any] | None = None) -> None:
        """Write articles with all their records atomically: replace what an earlier run wrote."""

    @abstractmethod
    def put_errors(self, errors: Iterable[IngestError]) -> None: ...

    @abstractmethod
    def put_entities(self, entities: Iterable[Entity]) -> None: ...

    @abstractmethod
    def put_stories(self, stories: Iterable[Story], replace: bool = False) -> None: ...

    @abstractmethod
    def put_flags(self, flags: Iterable[Flag]) -> None: ...

    def put_record_data(self, table: str, rows: list[tuple[str, str]]) -> None:
        """Replace the JSON (``data``) of stored records of ``table`` by id: ``rows`` are
        (id, data) pairs of records whose promoted columns did not change."""
        for i in range(0, len(rows), 500):
            chunk = rows[i : i + 500]
            values = ",".join(["(?, ?)"] * len(chunk))
            self.query(f"UPDATE {table} SET data = v.data FROM (VALUES {values}) AS v(id, data) WHERE {table}.id = v.id",
                       [x for r in chunk for x in r])

    def relink_entities(self, changes: dict[str, dict[str, str]], entities: Iterable[Entity] = ()) -> int:
        """Point stored records at other entities: ``changes`` maps an article id to
        ``{old entity id: new entity id}`` for that article's mentions, sources, claims and
        events; ``entities`` are written too. Returns the number of records changed."""
        raise NotImplementedError

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def get_analysis(self, article_id: str) -> Analysis | None: ...

    @abstractmethod
    def iter_analyses(self, article_ids: Iterable[str] | None = None,
                      records: Iterable[str] | None = None) -> Iterator[Analysis]:
        """Analyses with every record list, or only those named in ``records`` (field names of
        ``Analysis``, "entities" included); the others come back empty."""

    @abstractmethod
    def find_article_id(self, prefix: str) -> str | None:
        """Resolve an id prefix (as users type them) to the full id."""

    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abstractmethod
    def query(self, sql: str, params: list | None = None) -> list[dict]: ...

    @abstractmethod
    def export(self, directory: str, fmt: str) -> list[str]: ...

    @abstractmethod
    def close(self) -> None: ...
