"""``checks.contradictions``: outlets in one story that disagree.

For each story that received new articles, every pair of articles from different outlets
is compared:
- figures of the same kind (dead, injured, troops, money, arrested, people) where the two
  articles share no value;
- reports of one event (same type and actors) dated or placed differently;
- the same claim (similar message) attributed to different speakers, asserted by one and
  hedged or denied by the other, or quoted directly with different wording.
Each disagreement is a ``Flag`` (kind ``contradiction``, the sort in ``span.label``) that
points at both spans.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

from rapidfuzz import fuzz

from ..model import Analysis, Certainty, ClaimMode, Event, Flag, Span, Story, stable_id
from ..registry import component
from .config import section
from .numbers import Count, Figure, counts, figures

_HEDGED = {Certainty.hedged, Certainty.possible, Certainty.considered, Certainty.conditional}
_FIRM = {Certainty.asserted, Certainty.reported}


def _outlet(a: Analysis) -> str:
    return a.article.outlet or "(unknown outlet)"


def _outlets_differ(a: Analysis, b: Analysis) -> bool:
    # articles without an outlet may well come from one newsroom: a disagreement between them
    # is not a disagreement between outlets, and on outlet-less corpora it flagged noise
    return bool(a.article.outlet and b.article.outlet and a.article.outlet != b.article.outlet)


def _close(x: float, y: float, rel: float) -> bool:
    return abs(x - y) <= rel * max(abs(x), abs(y))


def _name_keys(text: str) -> set[str]:
    return {w.strip(".,;:").lower() for w in text.split() if w[:1].isupper() and len(w) > 2}


def _day(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v and len(v) >= 10 else None
    except ValueError:
        return None


class Contradictions:
    def __init__(self, **overrides):
        self.cfg = section("contradictions", overrides)

    # --- the comparisons, on analyses (tests and eval call this directly) ---------------------
    def compare(self, story: Story, members: list[Analysis], only: set[str] | None = None) -> list[Flag]:
        flags: dict[str, Flag] = {}
        figs = {a.article.id: self._figures(a) for a in members}
        cnts = {a.article.id: self._counts_of(a) for a in members}
        for a, b in combinations(sorted(members, key=lambda x: x.article.id), 2):
            if not _outlets_differ(a, b):
                continue
            if only is not None and a.article.id not in only and b.article.id not in only:
                continue
            for f in (self._numbers(story, a, b, figs) + self._counts(story, a, b, cnts) + self._times(story, a, b)
                      + self._events(story, a, b) + self._claims(story, a, b)):
                flags.setdefault(f.id, f)
        return list(flags.values())

    def _flag(self, story: Story, sort: str, a: Analysis, sa: Span, b: Analysis, sb: Span, reason: str,
              score: float) -> Flag:
        sa = Span(start=sa.start, end=sa.end, text=sa.text, label=sort)
        sb = Span(start=sb.start, end=sb.end, text=sb.text, label=sort)
        fid = stable_id("flag", "contradiction", sort, a.article.id, sa.start, b.article.id, sb.start)
        return Flag(id=fid, article_id=a.article.id, kind="contradiction", span=sa, reason=reason, score=score,
                    other_article_id=b.article.id, other_span=sb, story_id=story.id)

    def _figures(self, a: Analysis) -> dict[str, list[Figure]]:
        out: dict[str, list[Figure]] = {}
        for f in figures(a.article.text, a.article.language or "de", self.cfg.get("categories", {}), self.cfg.get("window", 6)):
            out.setdefault(f.category, []).append(f)
        return out

    def _numbers(self, story: Story, a: Analysis, b: Analysis, figs: dict) -> list[Flag]:
        pa, pb = a.article.published, b.article.published
        if pa and pb and abs((pa - pb).days) > 1:
            return []  # tolls and sums change over days; only same-time reports must agree
        rel = self.cfg.get("min_relative_difference", 0.1)
        out = []
        fa, fb = figs[a.article.id], figs[b.article.id]
        for cat in sorted(set(fa) & set(fb)):
            # the first figure of a kind is the one the report leads with; later ones often count
            # something else ("dozens died in earlier clashes")
            x, y = fa[cat][0], fb[cat][0]
            if any(_close(x.value, v.value, rel) for v in fb[cat]) or any(_close(y.value, v.value, rel) for v in fa[cat]):
                continue
            out.append(self._flag(story, "number", a, a.article.span(x.start, x.end), b, b.article.span(y.start, y.end),
                                  f"{cat}: {_outlet(a)} says {x.text}, {_outlet(b)} says {y.text}", 0.8))
        return out

    def _counts_of(self, a: Analysis) -> list[Count]:
        return counts(a.article.text, a.article.language or "de", self.cfg.get("count_window", 8),
                      set(self.cfg.get("count_skip", [])))

    def _counts(self, story: Story, a: Analysis, b: Analysis, cnts: dict) -> list[Flag]:
        """Any count that differs between two near-identical passages: outlets rewriting one agency
        report, where "318 Passagiere" against "639 Passagiere" is a disagreement whatever is counted.
        The passage must read almost the same around the figure, so counts of different things
        ("3 Tore" in two different matches) are not compared."""
        pa, pb = a.article.published, b.article.published
        if pa and pb and abs((pa - pb).days) > 1:
            return []
        rel = self.cfg.get("min_relative_difference", 0.1)
        ctx_min = self.cfg.get("count_context", 80)
        out = []
        for x in cnts[a.article.id]:
            alike = [(fuzz.ratio(x.context, y.context), y) for y in cnts[b.article.id] if y.noun == x.noun]
            alike = [(sim, y) for sim, y in alike if sim >= ctx_min]
            if not alike or any(_close(x.value, y.value, rel) for _, y in alike):
                continue
            y = max(alike, key=lambda t: t[0])[1]
            out.append(self._flag(story, "number", a, a.article.span(x.start, x.end), b, b.article.span(y.start, y.end),
                                  f"{x.noun}: {_outlet(a)} says {x.text}, {_outlet(b)} says {y.text}", 0.75))
        return out

    @staticmethod
    def _context(a: Analysis, start: int, end: int, width: int) -> str:
        t = a.article.text
        return (t[max(0, start - width):start] + " " + t[end:end + width]).lower()

    def _times(self, story: Story, a: Analysis, b: Analysis) -> list[Flag]:
        """Dates that differ in near-identical passages ("am Montag" in one report, "am Donnerstag"
        in the other). Values are normalised against each article's own publication date, so
        "gestern" and "am 12. März" agree when they name the same day."""
        ctx_min = self.cfg.get("date_context", 85)
        width = self.cfg.get("date_context_chars", 60)

        def dated(an: Analysis):
            return [(t, self._context(an, t.span.start, t.span.end, width)) for t in an.times
                    if t.type == "DATE" and t.value[:4].isdigit()]

        tb = dated(b)
        out = []
        for x, cx in dated(a):
            alike = [(fuzz.ratio(cx, cy), y) for y, cy in tb if len(y.value) == len(x.value)]
            alike = [(sim, y) for sim, y in alike if sim >= ctx_min]
            if not alike or any(y.value == x.value for _, y in alike):
                continue
            y = max(alike, key=lambda t: t[0])[1]
            out.append(self._flag(story, "date", a, x.span, b, y.span,
                                  f"{x.span.text!r} is {x.value} in {_outlet(a)}, {y.span.text!r} is {y.value} in "
                                  f"{_outlet(b)}", 0.7))
        return out

    def _events(self, story: Story, a: Analysis, b: Analysis) -> list[Flag]:
        out = []
        # each report meets its one closest counterpart (by wording): an article often has two
        # reports of one kind of happening by the same actors (a meeting in Brussels, talks in
        # Paris), and crossing them made "different places" out of different happenings
        cands = sorted(((fuzz.ratio(x.span.text, y.span.text), i, j) for i, x in enumerate(a.events)
                        for j, y in enumerate(b.events) if self._same_happening(x, y)), reverse=True)
        used_a: set[int] = set()
        used_b: set[int] = set()
        for _sim, i, j in cands:
            if i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            x, y = a.events[i], b.events[j]
            dx, dy = _day(x.date), _day(y.date)
            if dx and dy and abs(dx - dy) > timedelta(days=1):
                out.append(self._flag(story, "date", a, x.span, b, y.span,
                                      f"{x.type} dated {x.date} by {_outlet(a)}, {y.date} by {_outlet(b)}", 0.7))
            lx = x.location.name if x.location else ""
            ly = y.location.name if y.location else ""
            same_loc = (x.location and y.location and x.location.entity_id and x.location.entity_id == y.location.entity_id)
            if lx and ly and not same_loc and fuzz.ratio(lx.lower(), ly.lower()) < 80:
                out.append(self._flag(story, "place", a, x.span, b, y.span,
                                      f"{x.type} placed in {lx} by {_outlet(a)}, in {ly} by {_outlet(b)}", 0.7))
            if (x.modality.value == "denied") != (y.modality.value == "denied"):
                out.append(self._flag(story, "certainty", a, x.span, b, y.span,
                                      f"{x.type}: {x.modality.value} in {_outlet(a)}, {y.modality.value} in {_outlet(b)}", 0.7))
        return out

    @staticmethod
    def _same_happening(x: Event, y: Event) -> bool:
        if x.story_event_id and x.story_event_id == y.story_event_id:
            return True
        if x.type != y.type:
            return False
        # same type and both actors identified and equal: one happening even if the dates disagree
        ok = False
        for role in ("source_actor", "target_actor"):
            ax, ay = getattr(x, role), getattr(y, role)
            if not (ax and ay and ax.entity_id and ay.entity_id):
                continue
            if ax.entity_id != ay.entity_id:
                return False
            ok = True
        return ok

    def _claims(self, story: Story, a: Analysis, b: Analysis) -> list[Flag]:
        if (a.article.language or "de") != (b.article.language or "de"):
            return []  # wording cannot be compared across languages
        out = []
        sim_min = self.cfg.get("similar_claim", 70)
        same_quote = self.cfg.get("same_quote", 97)
        # each claim is compared with its one best counterpart: an article often reports two
        # similar claims, and crossing them ("hedged here, asserted there") compared unlike things
        cands = []
        for i, x in enumerate(a.claims):
            for j, y in enumerate(b.claims):
                if min(len(x.message.text), len(y.message.text)) < 20:
                    continue
                sim = fuzz.token_set_ratio(x.message.text, y.message.text)
                if sim >= sim_min:
                    cands.append((sim, fuzz.ratio(x.message.text, y.message.text), i, j))
        used_a: set[int] = set()
        used_b: set[int] = set()
        for _sim, _ratio, i, j in sorted(cands, reverse=True):
            if i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            x, y = a.claims[i], b.claims[j]
            kx = _name_keys(x.speaker.text) if x.speaker else set()
            ky = _name_keys(y.speaker.text) if y.speaker else set()
            if kx and ky and not kx & ky:
                out.append(self._flag(story, "speaker", a, x.message, b, y.message,
                                      f"the same claim is attributed to {x.speaker.text} by {_outlet(a)} and to "
                                      f"{y.speaker.text} by {_outlet(b)}", 0.75))
                continue
            cx, cy = x.certainty, y.certainty
            if (cx == Certainty.denied) != (cy == Certainty.denied) or (cx in _FIRM and cy in _HEDGED) or (cy in _FIRM and cx in _HEDGED):
                out.append(self._flag(story, "certainty", a, x.message, b, y.message,
                                      f"{_outlet(a)}: {cx.value}, {_outlet(b)}: {cy.value}", 0.7))
            if x.mode == ClaimMode.direct and y.mode == ClaimMode.direct and (kx & ky or not (kx and ky)):
                wording = fuzz.ratio(x.message.text, y.message.text)
                if wording < same_quote:
                    out.append(self._flag(story, "quote_wording", a, x.message, b, y.message,
                                          f"quoted differently ({wording:.0f}% alike)", 0.6))
        return out

    # --- corpus component --------------------------------------------------------------------
    def __call__(self, store, new_ids: list[str]) -> None:
        new = set(new_ids)
        rows = store.query("SELECT data FROM stories WHERE n_articles > 1")
        flags: list[Flag] = []
        for r in rows:
            s = Story.model_validate_json(r["data"])
            if not new & set(s.article_ids):
                continue
            members = [a for a in store.iter_analyses(s.article_ids) if a.article.duplicate_of is None]
            flags.extend(self.compare(s, members, only=new))
        store.put_flags(flags)


@component("checks.contradictions")
def make_contradictions(**settings) -> Contradictions:
    return Contradictions(**settings)
