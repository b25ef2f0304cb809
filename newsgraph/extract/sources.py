"""Source chains: who reports through whom.

The article's outlet is the root. A cited medium ("berichtete die Washington Post") hangs
under the outlet; later references to it ("die Zeitung", "die Post", "dem Medium") are
resolved to it and kept in ``Source.mentions``. Speakers quoted *to* a medium ("sagte ...
dem Medium") and anonymous sources while a medium is the article's open source ("Beamte,
die unter der Bedingung der Anonymität sprachen") hang under that medium; other named
speakers under the outlet. Pronoun speakers ("Er") resolve to the last person source.
Entity linking is left to the link stage, which runs later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Source, SourceKind, Span, stable_id
from .quotes_features import config

ARTICLES = {"der", "die", "das", "dem", "den", "des", "the", "a", "an", "ein", "eine", "einem", "einer", "eines"}
PRONOUNS = {"er", "sie", "he", "she", "they", "ihm", "ihr", "him", "her", "dieser", "diese"}
REPORTS = {"berichten", "medienberichten", "berichte", "medienberichte", "reports", "meldungen", "agenturmeldungen"}


@lru_cache(maxsize=4)
def _lex(lang: str) -> dict:
    c = config().get(lang if lang in ("de", "en") else "de", {})
    return {k: [w.lower() for w in c.get(k, [])] for k in (
        "medium_nouns", "medium_names", "anonymous_patterns", "organisation_words")}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w-]+", text.lower())


def _content(text: str) -> list[str]:
    return [w for w in _words(text) if w not in ARTICLES]


@dataclass
class SourceBook:
    """Sources of one article, built while walking its claims in text order."""

    article_id: str
    text: str
    lang: str
    outlet_name: str | None

    def __post_init__(self) -> None:
        self.lex = _lex(self.lang)
        self.outlet = Source(id=stable_id("src", self.article_id, "outlet"), article_id=self.article_id,
                             kind=SourceKind.outlet, name=self.outlet_name or "(outlet)")
        self.sources: list[Source] = [self.outlet]
        self.by_id = {self.outlet.id: self.outlet}
        self.open_medium: Source | None = None
        self.last_person: Source | None = None
        self.media_ahead = self._media_in_text()

    # -- classification ---------------------------------------------------------------------
    def _media_in_text(self) -> list[tuple[int, int, str]]:
        """Known medium names anywhere in the text, for references that come before them."""
        out = []
        low = self.text.lower()
        # the substring test first: of the hundreds of names a text holds a few, and one regex
        # per name and article was most of the claims component's own time
        for name in sorted((n for n in self.lex["medium_names"] if n in low), key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", low):
                if len(name) <= 3 and not self.text[m.start():m.end()].isupper():
                    continue  # "ap", "ard" as words need capitals
                if not any(s <= m.start() < e for s, e, _ in out):
                    out.append((m.start(), m.end(), self.text[m.start():m.end()]))
        return sorted(out)

    def kind_of(self, text: str, context: str = "") -> SourceKind:
        low = text.lower()
        words = _content(text)
        if any(p in low or p in context.lower() for p in self.lex["anonymous_patterns"]):
            return SourceKind.anonymous
        if any(n in low and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", low) for n in self.lex["medium_names"]):
            return SourceKind.medium
        if words and (words[-1] in self.lex["medium_nouns"] or words[0] in REPORTS):
            return SourceKind.medium
        if words and any(w in self.lex["organisation_words"] or w.endswith(("ministerium", "behörde", "amt"))
                         for w in words):
            return SourceKind.organisation
        return SourceKind.person

    def _media(self) -> list[Source]:
        return [s for s in self.sources if s.kind == SourceKind.medium]

    def _reference_to(self, text: str, start: int) -> Source | None:
        """A later reference to a medium already cited ("die Zeitung", "die Post")."""
        words = _content(text)
        if not words or len(words) > 2:
            return None
        media = self._media()
        head = words[-1]
        for m in reversed(media):
            if head in _words(m.name) and _content(m.name) != words:
                return m
        if head in self.lex["medium_nouns"]:
            if self.open_medium is not None:
                return self.open_medium
            if media:
                return media[-1]
            # cataphora (the headline says "die Zeitung" before the body names it)
            for s, e, name in self.media_ahead:
                if s > start:
                    return self.add(SourceKind.medium, name, Span(start=s, end=e, text=name), self.outlet)
        return None

    # -- building -----------------------------------------------------------------------------
    def add(self, kind: SourceKind, name: str, span: Span | None, parent: Source | None) -> Source:
        key = name.lower().strip()
        for s in self.sources:
            if s.kind == kind and s.name.lower() == key:
                if span is not None and s.span is not None and span.start != s.span.start and \
                        all(m.start != span.start for m in s.mentions):
                    s.mentions.append(span)
                return s
        sid = stable_id("src", self.article_id, kind.value, key)
        src = Source(id=sid, article_id=self.article_id, kind=kind, name=name, span=span,
                     parent_id=(parent or self.outlet).id)
        self.sources.append(src)
        self.by_id[sid] = src
        return src

    def _same_person(self, name: str) -> Source | None:
        words = [w for w in re.findall(r"\w+", name) if w[:1].isupper() and w.lower() not in ARTICLES]
        if not words:
            return None
        last = words[-1].lower()
        for s in reversed(self.sources):
            if s.kind in (SourceKind.person, SourceKind.organisation) and last in s.name.lower().split():
                return s
        return None

    def resolve(self, span: Span | None, context: str = "", addressee: Span | None = None,
                name: str | None = None) -> Source | None:
        """The Source for a speaker span (None without a speaker). ``name`` is the proper
        name inside the span when NER found one ("Wladimir Putin" in "der russische Präsident …")."""
        if span is None:
            return None
        text = span.text.strip()
        words = _content(text)
        via = self.resolve_addressee(addressee)
        ref = self._reference_to(text, span.start)
        if ref is not None:
            self._mention(ref, span)
            self.open_medium = ref
            return ref
        if words and words[0] in REPORTS and len(words) <= 2:
            # "Berichten zufolge": the open medium's reports, else unnamed reports
            if self.open_medium is not None:
                return self.open_medium
            src = self.add(SourceKind.medium, "(Berichte)" if self.lang == "de" else "(reports)", span, self.outlet)
            return src
        if words and words[0] in PRONOUNS and len(words) == 1 and self.last_person is not None:
            self._mention(self.last_person, span)
            return self.last_person
        kind = self.kind_of(text, context)
        if kind == SourceKind.medium:
            name = self._medium_name(text)
            src = self.add(kind, name, span, self.outlet)
            self._mention(src, span)
            self.open_medium = src
            return src
        if kind in (SourceKind.person, SourceKind.organisation):
            same = self._same_person(text)
            if same is not None:
                self._mention(same, span)
                if kind == SourceKind.person:
                    self.last_person = same
                return same
        if kind == SourceKind.anonymous:
            parent = via or self.open_medium or self.outlet
        else:
            parent = via or self.outlet
        src = self.add(kind, name if name and kind == SourceKind.person else _strip_article(text), span, parent)
        if kind == SourceKind.person:
            self.last_person = src
        return src

    def resolve_addressee(self, span: Span | None) -> Source | None:
        """A medium addressed by the speaker ("sagte ... dem Medium") becomes the speaker's parent."""
        if span is None:
            return None
        ref = self._reference_to(span.text, span.start)
        if ref is not None:
            self._mention(ref, span)
            return ref
        if self.kind_of(span.text) == SourceKind.medium:
            src = self.add(SourceKind.medium, self._medium_name(span.text), span, self.outlet)
            return src
        return None

    def _medium_name(self, text: str) -> str:
        low = text.lower()
        for n in sorted((n for n in self.lex["medium_names"] if n in low), key=len, reverse=True):
            m = re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", low)
            if m:
                return text[m.start():m.end()]
        return _strip_article(text)

    def _mention(self, src: Source, span: Span) -> None:
        if src.span is None:
            src.span = span
            return
        if span.start == src.span.start or any(m.start == span.start for m in src.mentions):
            return
        src.mentions.append(span)

    def chain(self, src: Source | None) -> list[str]:
        out: list[str] = []
        seen: set[str] = set()
        cur = src
        while cur is not None and cur.id not in seen:
            out.append(cur.id)
            seen.add(cur.id)
            cur = self.by_id.get(cur.parent_id) if cur.parent_id else None
        if not out or out[-1] != self.outlet.id:
            out.append(self.outlet.id)
        return list(reversed(out))


def _strip_article(text: str) -> str:
    words = text.strip().split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words) or text.strip()
