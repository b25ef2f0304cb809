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

import re
from bisect import bisect_right
from datetime import date, timedelta
from difflib import SequenceMatcher
from itertools import combinations

from rapidfuzz import fuzz, process

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


_TOK = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
# a direct quote from mark to mark; German „…“ and »…«, English “…” and "…"
_QUOTED = re.compile(r'„[^„“”"\n]{1,1500}[“”"]|»[^»«\n]{1,1500}«|«[^«»\n]{1,1500}»|“[^“”\n]{1,1500}”|"[^"\n]{1,1500}"')
_SENT_END = re.compile(r"(?<=[.!?“”\"])\s+(?=[A-ZÄÖÜ„\"»])")
_PARTICLES = {"von", "van", "de", "der", "al", "bin", "da", "di", "du", "la", "le", "zu", "y"}


class _Passage:
    """A sentence with its word tokens (lower-cased, with their offsets in the article)."""

    __slots__ = ("start", "end", "text", "toks")

    def __init__(self, text: str, start: int, end: int):
        self.start, self.end, self.text = start, end, text[start:end]
        self.toks = [(m.group().lower(), start + m.start(), start + m.end()) for m in _TOK.finditer(self.text)]


def _passages(a: Analysis) -> list[_Passage]:
    t = a.article.text
    if a.sentences:
        bounds = [(s.span.start, s.span.end) for s in a.sentences]
    else:  # analyses built by hand (tests) have no sentences
        cuts = [0] + [m.end() for m in _SENT_END.finditer(t)] + [len(t)]
        bounds = list(zip(cuts, cuts[1:]))
    return [_Passage(t, s, e) for s, e in bounds if t[s:e].strip()]


def _quote_regions(text: str) -> tuple[list[int], list[int]]:
    found = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


def _region(regions: tuple[list[int], list[int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The quote that holds text[lo:hi] (for an empty change, lo == hi: the quote around that point)."""
    starts, ends = regions
    k = bisect_right(starts, lo) - 1
    if k < 0:
        return None
    s, e = starts[k], ends[k]
    return (s, e) if s < lo and hi < e or (lo < hi and s <= lo and hi <= e) else None


def _has_stem(words: list[str], stems: list[str]) -> bool:
    joined = " " + " ".join(words)
    return any(f" {st}" in joined for st in stems)


def _day(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v[:10]) if v and len(v) >= 10 else None
    except ValueError:
        return None


def _one_per_disagreement(flags: list[Flag]) -> list[Flag]:
    """The claims and the passages finding one disagreement give one flag: the surer one, and
    of equally sure ones the one that points closer. (A date flag on a dated event and one on
    the date itself stay two: they point at different things.)"""
    def same(k: Flag, f: Flag) -> bool:
        return (k.span.label == f.span.label and k.article_id == f.article_id
                and k.other_article_id == f.other_article_id and k.span.start < f.span.end
                and f.span.start < k.span.end and k.other_span.start < f.other_span.end
                and f.other_span.start < k.other_span.end)

    order = {id(f): i for i, f in enumerate(flags)}
    kept: list[Flag] = []
    for f in sorted(flags, key=lambda f: (-f.score, len(f.span) + len(f.other_span))):
        if f.span.label in ("speaker", "certainty", "quote_wording") and any(same(k, f) for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: order[id(f)])


class Contradictions:
    def __init__(self, **overrides):
        self.cfg = section("contradictions", overrides)

    # --- the comparisons, on analyses (tests and eval call this directly) ---------------------
    def compare(self, story: Story, members: list[Analysis], only: set[str] | None = None) -> list[Flag]:
        flags: dict[str, Flag] = {}
        pairs = [(a, b) for a, b in combinations(sorted(members, key=lambda x: x.article.id), 2)
                 if _outlets_differ(a, b) and (only is None or a.article.id in only or b.article.id in only)]
        # figures, counts and passages only of articles some pair compares: in a one-outlet
        # story (a whole 10kGNAD cluster) that is none, and they were most of this check's cost
        compared = {a.article.id: a for pair in pairs for a in pair}.values()
        figs = {a.article.id: self._figures(a) for a in compared}
        cnts = {a.article.id: self._counts_of(a) for a in compared}
        idx = {a.article.id: self._passage_index(a) for a in compared}
        for a, b in pairs:
            times = self._times(story, a, b, idx)
            for f in (self._numbers(story, a, b, figs) + self._counts(story, a, b, cnts) + times
                      + self._events(story, a, b) + self._rewrites(story, a, b, idx, times)
                      + self._quotes(story, a, b, idx) + self._claims(story, a, b, idx)):
                flags.setdefault(f.id, f)
        return _one_per_disagreement(list(flags.values()))

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
        sentences = sorted((p.start, p.end) for p in _passages(a)) if self.cfg.get("count_in_sentence", True) else None
        return counts(a.article.text, a.article.language or "de", self.cfg.get("count_window", 8),
                      set(self.cfg.get("count_skip", [])), sentences)

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

    def _times(self, story: Story, a: Analysis, b: Analysis, idx: dict | None = None) -> list[Flag]:
        """Dates that differ in near-identical passages ("am Montag" in one report, "am Donnerstag"
        in the other). Values are normalised against each article's own publication date, so
        "gestern" and "am 12. März" agree when they name the same day. The passage is taken
        within the date's sentence: the sentence before is often another one in the other
        outlet's order."""
        ctx_min = self.cfg.get("date_context", 85)
        width = self.cfg.get("date_context_chars", 60)

        def dated(an: Analysis):
            passages = idx[an.article.id]["passages"] if idx else []
            out = []
            for t in an.times:
                if t.type != "DATE" or not t.value[:4].isdigit():
                    continue
                p = next((p for p in passages if p.start <= t.span.start < p.end), None)
                lo, hi = (p.start, p.end) if p else (0, len(an.article.text))
                text = an.article.text
                out.append((t, (text[max(lo, t.span.start - width):t.span.start] + " "
                                + text[t.span.end:min(hi, t.span.end + width)]).lower()))
            return out

        tb = dated(b)
        same_day = a.article.published == b.article.published
        out = []
        for x, cx in dated(a):
            alike = [(fuzz.ratio(cx, cy), y) for y, cy in tb if len(y.value) == len(x.value)]
            alike = [(sim, y) for sim, y in alike if sim >= ctx_min]
            if not alike or any(y.value == x.value for _, y in alike):
                continue
            y = max(alike, key=lambda t: t[0])[1]
            if x.span.text == y.span.text and same_day:
                continue  # the same words on the same day name the same day; the resolution differs
            out.append(self._flag(story, "date", a, x.span, b, y.span,
                                  f"{x.span.text!r} is {x.value} in {_outlet(a)}, {y.span.text!r} is {y.value} in "
                                  f"{_outlet(b)}", 0.7))
        return out

    # --- rewrites of one passage -------------------------------------------------------------
    def _passage_index(self, a: Analysis) -> dict:
        """What ``_rewrites`` needs of one article, built once per article."""
        lang = a.article.language or "de"
        lex = self.cfg.get("lexicon", {}).get(lang, {})
        speakers = sorted((c.speaker.start, c.speaker.end) for c in a.claims if c.speaker)
        names = sorted((m.span.start, m.span.end) for m in a.mentions if m.type in ("PER", "ORG"))
        return {"passages": _passages(a), "quotes": _quote_regions(a.article.text), "lex": lex,
                "speakers": speakers, "names": names}

    def _rewrites(self, story: Story, a: Analysis, b: Analysis, idx: dict, dated: list[Flag] = ()) -> list[Flag]:
        """Outlets that rewrite one agency report keep most sentences almost as they were; a
        sentence of B that reads almost like one of A is compared with it word by word, so a
        changed speaker, a "said" turned into "denied" or a word changed inside a direct quote
        is found where the claim extractor missed or mis-split the quote (it finds about three
        in four). Counts and dates are compared by ``_counts`` and ``_times``."""
        if (a.article.language or "de") != (b.article.language or "de"):
            return []
        ia, ib = idx[a.article.id], idx[b.article.id]
        pmin = self.cfg.get("similar_passage", 75)
        texts_a = [p.text for p in ia["passages"]]
        seen_a = set(texts_a)
        out: list[Flag] = []
        done: set[tuple] = set()
        for pb in ib["passages"]:
            if pb.text in seen_a or len(pb.text) < self.cfg.get("min_passage", 25):
                continue
            hit = process.extractOne(pb.text, texts_a, scorer=fuzz.ratio, score_cutoff=pmin)
            if hit is None:
                continue
            pa = ia["passages"][hit[2]]
            for f in self._diff(story, a, pa, ia, b, pb, ib):
                if f.span.label == "date" and any(d.span.start < f.span.end and f.span.start < d.span.end
                                                  and d.other_span.start < f.other_span.end
                                                  and f.other_span.start < d.other_span.end for d in dated):
                    continue  # found by the time expressions already
                key = (f.span.label, f.span.start, f.other_span.start)
                if key not in done:
                    done.add(key)
                    out.append(f)
        return out

    def _quotes(self, story: Story, a: Analysis, b: Analysis, idx: dict) -> list[Flag]:
        """Direct quotes of one statement worded differently, wherever they stand: outlets that
        write their own reports still quote the same words (or should)."""
        if (a.article.language or "de") != (b.article.language or "de"):
            return []
        ta, tb = a.article.text, b.article.text
        qa = [(s, e) for s, e in zip(*idx[a.article.id]["quotes"])]
        qb = [(s, e) for s, e in zip(*idx[b.article.id]["quotes"])]
        texts_a = [ta[s + 1:e - 1] for s, e in qa]
        same = set(texts_a)
        min_words, sim_min = self.cfg.get("quote_min_words", 5), self.cfg.get("similar_quote", 85)
        out = []
        for s, e in qb:
            q = tb[s + 1:e - 1]
            if q in same or len(q.split()) < min_words:
                continue
            hit = process.extractOne(q, texts_a, scorer=fuzz.ratio, score_cutoff=sim_min)
            if hit is None:
                continue
            wa = [m.group().lower() for m in _TOK.finditer(hit[0]) if m.group()[:1].isalnum()]
            wb = [m.group().lower() for m in _TOK.finditer(q) if m.group()[:1].isalnum()]
            if wa == wb:
                continue  # punctuation or case only
            short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
            if any(long_[k:k + len(short)] == short for k in range(len(long_) - len(short) + 1)):
                continue  # one quotes a part of the other
            sa, ea = qa[hit[2]]
            out.append(self._flag(story, "quote_wording", a, a.article.span(sa, ea), b, b.article.span(s, e),
                                  f"quoted differently ({hit[1]:.0f}% alike)", 0.6))
        return out

    @staticmethod
    def _near(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
        k = bisect_right(spans, (hi, hi))
        return any(s < hi and lo < e or (lo == hi and s <= lo <= e) for s, e in spans[max(0, k - 8):k])

    def _diff(self, story: Story, a: Analysis, pa: _Passage, ia: dict, b: Analysis, pb: _Passage,
              ib: dict) -> list[Flag]:
        lex = ia["lex"]
        denial, speech = lex.get("denial_stems", []), lex.get("speech_stems", [])
        negations = set(lex.get("negations", []))
        window = self.cfg.get("speech_window", 4)
        ta, tb = a.article.text, b.article.text
        out = []
        sm = SequenceMatcher(None, [t[0] for t in pa.toks], [t[0] for t in pb.toks], autojunk=False)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal":
                continue
            da, db = pa.toks[i1:i2], pb.toks[j1:j2]
            wa = [w for w, _, _ in da if w[:1].isalnum()]
            wb = [w for w, _, _ in db if w[:1].isalnum()]
            if not wa and not wb:
                continue  # punctuation only
            # where the change lies; an empty side is the point between its neighbours
            lo_a = da[0][1] if da else (pa.toks[i1 - 1][2] if i1 else pa.start)
            hi_a = da[-1][2] if da else lo_a
            lo_b = db[0][1] if db else (pb.toks[j1 - 1][2] if j1 else pb.start)
            hi_b = db[-1][2] if db else lo_b
            qa, qb = _region(ia["quotes"], lo_a, hi_a), _region(ib["quotes"], lo_b, hi_b)
            if qa and qb:
                # words left out at either end of a quote are a shorter quote, not other words
                if not (wa and wb) and (i1 <= 0 or j1 <= 0 or not pa.toks[i1 - 1][0][:1].isalnum()
                                        or not pb.toks[j1 - 1][0][:1].isalnum() or i2 >= len(pa.toks)
                                        or j2 >= len(pb.toks) or not pa.toks[i2][0][:1].isalnum()
                                        or not pb.toks[j2][0][:1].isalnum()):
                    continue
                out.append(self._flag(story, "quote_wording", a, a.article.span(*qa), b, b.article.span(*qb),
                                      f"quoted differently: {' '.join(wa) or '-'!r} in {_outlet(a)}, "
                                      f"{' '.join(wb) or '-'!r} in {_outlet(b)}", 0.65))
                continue
            if qa or qb:
                continue
            if tag == "replace" and len(da) == 1 and len(db) == 1 and self._day_named(pa.toks, i2, wa, lex) \
                    and self._day_named(pb.toks, j2, wb, lex):
                out.append(self._flag(story, "date", a, a.article.span(lo_a, hi_a), b, b.article.span(lo_b, hi_b),
                                      f"{ta[lo_a:hi_a]!r} in {_outlet(a)}, {tb[lo_b:hi_b]!r} in {_outlet(b)}", 0.7))
                continue
            if (_has_stem(wa, denial) != _has_stem(wb, denial)) and (_has_stem(wa, speech) or _has_stem(wb, speech)):
                out.append(self._flag(story, "certainty", a, a.article.span(lo_a, hi_a), b, b.article.span(lo_b, hi_b),
                                      f"{' '.join(wa)!r} in {_outlet(a)}, {' '.join(wb)!r} in {_outlet(b)}", 0.7))
                continue
            if (not wa and wb and set(wb) <= negations) or (not wb and wa and set(wa) <= negations):
                out.append(self._flag(story, "certainty", a, a.article.span(lo_a, hi_a), b, b.article.span(lo_b, hi_b),
                                      f"negated in {_outlet(b) if wb else _outlet(a)} only", 0.6))
                continue
            if tag == "replace" and wa and wb and self._speaker_swap(ta, da, pa, i1, i2, ia, tb, db, pb, j1, j2, ib,
                                                                        speech, window):
                sa_text, sb_text = ta[lo_a:hi_a], tb[lo_b:hi_b]
                out.append(self._flag(story, "speaker", a, a.article.span(lo_a, hi_a), b, b.article.span(lo_b, hi_b),
                                      f"said by {sa_text} in {_outlet(a)}, by {sb_text} in {_outlet(b)}", 0.7))
        return out

    @staticmethod
    def _day_named(toks: list, after: int, words: list[str], lex: dict) -> bool:
        """A weekday ("Montag") or the day of a month ("12." before "März") — the time
        expressions compare these too, but their contexts may differ where the passages do not."""
        if len(words) != 1:
            return False
        w = words[0]
        if w in lex.get("weekdays", []):
            return True
        nxt = [t[0] for t in toks[after:after + 2]]
        return w.isdigit() and len(w) <= 2 and len(nxt) == 2 and nxt[0] == "." and nxt[1] in lex.get("months", [])

    def _speaker_swap(self, ta, da, pa, i1, i2, ia, tb, db, pb, j1, j2, ib, speech, window) -> bool:
        """One name put for another where someone speaks: the name is a speaker the claim
        extractor found, or a person or organisation next to a speech verb or quote."""

        def names(text, toks):
            ws = [text[s:e] for _, s, e in toks if text[s:s + 1].isalnum()]
            return ws and all(w[:1].isupper() or w.lower() in _PARTICLES for w in ws) and not all(
                w.lower() in _PARTICLES for w in ws)

        speech_words = set(ia["lex"].get("speech_words", []))
        if not (names(ta, da) and names(tb, db)):
            return False
        if _name_keys(ta[da[0][1]:da[-1][2]]) & _name_keys(tb[db[0][1]:db[-1][2]]):
            return False  # "Angela Merkel" against "Merkel": the same speaker

        def named(text, toks, p, idx):
            # a capital at the start of a sentence says nothing ("Laut", "Außerdem")
            if self._near(idx["names"], toks[0][1], toks[-1][2]):
                return True
            return mode != "ner" and any(text[s:s + 1].isupper() and s > p.toks[0][1] for _, s, _e in toks)

        mode = self.cfg.get("speaker_names", "capital")
        if not (named(ta, da, pa, ia) and named(tb, db, pb, ib)):
            return False

        def speaking(toks, i, j, idx, lo, hi):
            if self._near(idx["speakers"], lo, hi):
                return True
            if not self._near(idx["names"], lo, hi):
                return False
            around = [w for w, _, _ in toks[max(0, i - window):i] + toks[j:j + window]]
            return _has_stem(around, speech) or any(w in speech_words or w in '„“”"»«:' for w in around)

        return (speaking(pa.toks, i1, i2, ia, da[0][1], da[-1][2])
                or speaking(pb.toks, j1, j2, ib, db[0][1], db[-1][2]))

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

    @staticmethod
    def _claim_passage(a: Analysis, passages: list[_Passage], c) -> str:
        """The sentences a claim's speaker, cue and message lie in."""
        parts = [sp for sp in (c.speaker, c.cue, c.message) if sp is not None]
        lo, hi = min(sp.start for sp in parts), max(sp.end for sp in parts)
        for p in passages:
            if p.start <= lo < p.end:
                lo = p.start
            if p.start < hi <= p.end:
                hi = p.end
        return a.article.text[lo:hi]

    @staticmethod
    def _attributed_by_context(a: Analysis, x, pa: list[_Passage], b: Analysis, y, pb: list[_Passage]) -> bool:
        """The message's sentence reads the same in both and at least one speaker stands outside
        it: the speaker was inferred from the sentences around (who spoke last), and those an
        outlet orders as it likes."""
        def sentence(an, passages, sp):
            return next((p for p in passages if p.start <= sp.start < p.end), None)

        sx, sy = sentence(a, pa, x.message), sentence(b, pb, y.message)
        if sx is None or sy is None or sx.text != sy.text:
            return False
        return not (sx.start <= x.speaker.start < sx.end) or not (sy.start <= y.speaker.start < sy.end)

    def _aligned(self, a: Analysis, x, pa: list[_Passage], b: Analysis, y, pb: list[_Passage]) -> bool:
        """The two messages' sentences are one sentence in two rewrites: ``_rewrites`` compares
        those word by word, and what the claims add there is how each copy was read (who spoke
        last before a reordered paragraph)."""
        sx = next((p for p in pa if p.start <= x.message.start < p.end), None)
        sy = next((p for p in pb if p.start <= y.message.start < p.end), None)
        return bool(sx and sy and fuzz.ratio(sx.text, sy.text) >= self.cfg.get("similar_passage", 75))

    def _claims(self, story: Story, a: Analysis, b: Analysis, idx: dict | None = None) -> list[Flag]:
        if (a.article.language or "de") != (b.article.language or "de"):
            return []  # wording cannot be compared across languages
        out = []
        sim_min = self.cfg.get("similar_claim", 70)
        same_quote = self.cfg.get("same_quote", 97)
        speakers = self.cfg.get("claim_speakers", "any")
        certainty = self.cfg.get("claim_certainty", "all")
        wording_on = self.cfg.get("claim_wording", True)
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
            if idx is not None and self._claim_passage(a, idx[a.article.id]["passages"], x) == \
                    self._claim_passage(b, idx[b.article.id]["passages"], y):
                continue  # word for word the same report: what differs is how the extractor read it
            if idx is not None and self.cfg.get("claims_unaligned_only", True) and self._aligned(
                    a, x, idx[a.article.id]["passages"], b, y, idx[b.article.id]["passages"]):
                continue
            kx = _name_keys(x.speaker.text) if x.speaker else set()
            ky = _name_keys(y.speaker.text) if y.speaker else set()
            if kx and ky and not kx & ky and speakers != "off" and not (idx and self._attributed_by_context(
                    a, x, idx[a.article.id]["passages"], b, y, idx[b.article.id]["passages"])) and (
                    speakers == "any" or idx is None or (
                    self._near(idx[a.article.id]["names"], x.speaker.start, x.speaker.end)
                    and self._near(idx[b.article.id]["names"], y.speaker.start, y.speaker.end))):
                out.append(self._flag(story, "speaker", a, x.message, b, y.message,
                                      f"the same claim is attributed to {x.speaker.text} by {_outlet(a)} and to "
                                      f"{y.speaker.text} by {_outlet(b)}", 0.75))
                continue
            cx, cy = x.certainty, y.certainty
            hedging = certainty == "all" and ((cx in _FIRM and cy in _HEDGED) or (cy in _FIRM and cx in _HEDGED))
            if certainty and ((cx == Certainty.denied) != (cy == Certainty.denied) or hedging):
                out.append(self._flag(story, "certainty", a, x.message, b, y.message,
                                      f"{_outlet(a)}: {cx.value}, {_outlet(b)}: {cy.value}", 0.7))
            if wording_on and x.mode == ClaimMode.direct and y.mode == ClaimMode.direct and (kx & ky or not (kx and ky)):
                wording = fuzz.ratio(x.message.text, y.message.text)
                if wording < same_quote:
                    out.append(self._flag(story, "quote_wording", a, x.message, b, y.message,
                                          f"quoted differently ({wording:.0f}% alike)", 0.6))
        return out

    # --- corpus component --------------------------------------------------------------------
    def __call__(self, store, new_ids: list[str]) -> None:
        new = set(new_ids)
        # ordered, so the flags go into the store in the same order on every run (a DuckDB scan
        # without ORDER BY need not return rows in insertion order)
        rows = store.query("SELECT data FROM stories WHERE n_articles > 1 ORDER BY id")
        stories = [s for s in (Story.model_validate_json(r["data"]) for r in rows) if new & set(s.article_ids)]
        # outlets and duplicates first, from the articles table: a story whose new articles have
        # no counterpart from another outlet gives no flag, and loading its analyses (every
        # multi-article story of a one-outlet corpus) was the largest part of this check
        ids = sorted({i for s in stories for i in s.article_ids})
        outlet: dict[str, str | None] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k:k + 500]
            ph = ",".join("?" * len(chunk))
            for r in store.query(f"SELECT id, outlet FROM articles WHERE id IN ({ph}) AND duplicate_of IS NULL", chunk):
                outlet[r["id"]] = r["outlet"]
        todo: list[tuple[Story, list[str]]] = []
        for s in stories:
            ids_s = [i for i in s.article_ids if i in outlet]
            wanted = {i for x, y in combinations(ids_s, 2)
                      if outlet[x] and outlet[y] and outlet[x] != outlet[y] and (x in new or y in new) for i in (x, y)}
            if wanted:
                todo.append((s, [i for i in s.article_ids if i in wanted]))
        # every story's analyses in one read (compare only reads them): a read per story was a
        # DuckDB query per record table each, most of this check after a Ray job (bench/README.md,
        # twenty-sixth round, h8)
        loaded = {a.article.id: a for a in store.iter_analyses(list(dict.fromkeys(i for _, ids in todo for i in ids)))}
        flags: list[Flag] = []
        for s, ids in todo:
            members = [loaded[i] for i in ids if i in loaded and loaded[i].article.duplicate_of is None]
            flags.extend(self.compare(s, members, only=new))
        store.put_flags(flags)


@component("checks.contradictions")
def make_contradictions(**settings) -> Contradictions:
    return Contradictions(**settings)
