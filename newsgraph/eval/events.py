"""Score extract.events on a gold file.

Two formats:
- the PLOVER gold standard (JSON list, ``PLOVER_GSR_CAMEO.txt``): one event per English
  sentence, each sentence run alone; the system's main event (highest confidence, i.e. the
  type classifier's pick) is compared with it. Gold types use PLOVER 2016 names, mapped to the
  16 current types by ``[legacy]`` in config/events.toml; our events are coded the 2016 way
  (intent by direction) by ``plover2016`` before comparing.
- our German sets (JSONL: ``tests/data/events_de_dev.jsonl``, ``events_de_heldout.jsonl``):
  per sentence, gold events with trigger, type, source, target, location, date, modality.
  When the shared data is there, the whole article the sentence comes from (quotes-de, by
  the recorded file name) goes through the real pipeline (parse, claims, times, events), and
  the events whose trigger lies in the gold sentence are scored, so pronouns and earlier names
  have their context; else (or with ``--sentence-only``) the sentence runs alone. Each gold
  event is aligned with the predicted event whose trigger overlaps its trigger, else with one
  of the same type; predicted events left over count as false positives (per-type P/R/F1,
  and how many of the no-event sentences got an event).

Actor matching is lenient but checkable: after lower-casing and dropping articles and a
possessive/genitive -s, the head (last word) of one string must occur among the words of
the other (so "Romanian officials" matches gold "Romanian", "Putin" matches "Wladimir Putin").
German gold writes the actor as the sentence does (a pronoun if that is all it has), so the
actor's span text or its resolved name may match.

    python -m newsgraph.eval.events FILE [--show N] [--sentence-only] [--misses]
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..extract.event_lexicon import legacy_map, plover2016
from ..extract.events import EventExtractor
from ..extract.time import times_for
from ..model import Analysis, Article, Event, Sentence, Span

STOP = {"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "of"}


def words(s: str) -> list[str]:
    out = []
    for w in re.findall(r"[\w-]+", s.lower()):
        if w in STOP:
            continue
        if w.endswith("'s"):
            w = w[:-2]
        out.append(w)
    return out


def _norm(w: str) -> set[str]:
    # genitive / plural -s and German inflection endings, so "Kiews" ~ "Kiew", "Länder" ~ "Länder"
    forms = {w}
    for suf in ("s", "es", "n", "en", "e"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            forms.add(w[: -len(suf)])
    return forms


def actor_match(pred: str | None, gold: list[str]) -> bool:
    if not pred:
        return False
    pw = words(pred)
    if not pw:
        return False
    pset = set().union(*(_norm(w) for w in pw))
    for g in gold:
        gw = words(g)
        if not gw:
            continue
        gset = set().union(*(_norm(w) for w in gw))
        if _norm(pw[-1]) & gset or _norm(gw[-1]) & pset:
            return True
    return False


def analyse_sentence(text: str, lang: str, published: date | None,
                     extractor: EventExtractor | None = None, parse: bool = False) -> tuple[Analysis, list[Event]]:
    """One sentence alone. ``parse``: with the nlp stage's parse of the sentence, as the pipeline
    hands extract.events its doc (German: the parse-based roles run only with one); without it only
    the word-order actor finder runs, which the pipeline never does on German text."""
    a, doc = _sentence_alone(text, lang, published, parse)
    return a, (extractor or EventExtractor(lang)).run(a, doc)


def _sentence_alone(text: str, lang: str, published: date | None, parse: bool) -> tuple[Analysis, object]:
    art = Article(id="eval", text=text, language=lang, published=published)
    a = Analysis(article=art, sentences=[Sentence(article_id="eval", index=0,
                                                  span=Span(start=0, end=len(text), text=text))])
    a.times = times_for(a)
    doc = None
    if parse and lang == "de":
        from .. import nlp

        doc = nlp.load(lang)(text)
    return a, doc


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _pairs_counts(pairs: list[tuple[str, str | None]]) -> tuple[Counter, Counter, Counter]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in pairs:
        if p == g:
            tp[g] += 1
        else:
            fn[g] += 1
            if p:
                fp[p] += 1
    return tp, fp, fn


def plover2016_type(ev: Event) -> str:
    return plover2016(ev.type, ev.modality.value)


def _actor_texts(field) -> list[str]:
    # a few records carry a bare string (often empty) instead of a list of actors
    if not isinstance(field, list):
        return []
    return [a["actorText"] for a in field if isinstance(a, dict) and a.get("actorText", "").strip()]


def plover_records(path: Path) -> list[dict]:
    return [r for r in json.loads(path.read_text("utf-8")) if r.get("text")]


def main_event(evs: list[Event]) -> Event | None:
    """The sentence's main event: the most confident one (the classifier's pick), earliest first."""
    return max(evs, key=lambda e: (e.confidence, -e.trigger.start)) if evs else None


def score_plover(recs: list[dict], extractor: EventExtractor, show: int = 0) -> dict:
    legacy = legacy_map()
    pairs: list[tuple[str, str | None]] = []
    src = [0, 0]
    tgt = [0, 0]
    shown = 0
    for r in recs:
        gold = legacy.get(r["event"], r["event"])
        _, evs = analyse_sentence(r["text"], "en", None, extractor)
        ev = main_event(evs)
        pairs.append((gold, plover2016_type(ev) if ev else None))
        for acc, gs, actor in ((src, _actor_texts(r.get("source")), ev.source_actor if ev else None),
                               (tgt, _actor_texts(r.get("target")), ev.target_actor if ev else None)):
            if gs:
                acc[1] += 1
                acc[0] += actor_match(actor.name if actor else None, gs)
        if show and shown < show and (not ev or pairs[-1][1] != gold):
            shown += 1
            print(f"  gold {gold:<9} pred {pairs[-1][1] or '-':<9} [{ev.trigger.text if ev else ''}] {r['text'][:110]}")
    return {"pairs": pairs, "source": src, "target": tgt}


def eval_plover(path: Path, show: int) -> int:
    res = score_plover(plover_records(path), EventExtractor("en"), show)
    pairs = res["pairs"]
    acc = sum(g == p for g, p in pairs) / len(pairs)
    print(f"PLOVER gold: {len(pairs)} sentences ({path.name}), types mapped to PLOVER 2.x")
    print(f"event-type accuracy      {acc:.3f}")
    for key, label in (("source", "source actor"), ("target", "target actor")):
        ok, n = res[key]
        print(f"{label + ' accuracy':<25}{ok / max(1, n):.3f}  ({ok}/{n})")
    print(f"no event predicted       {sum(p is None for _, p in pairs)}")
    _print_types(*_pairs_counts(pairs))
    return 0


def _shared() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "shared"


@lru_cache(maxsize=256)
def quotes_de_article(name: str) -> str | None:
    """The full text of a quotes-de article by its file name, if the shared data is here."""
    for split in ("dev", "train"):
        f = _shared() / "data" / "quotes-de" / "data" / split / name
        if f.exists():
            return json.loads(f.read_text("utf-8"))["originalText"]
    return None


def _find(text: str, sentence: str) -> tuple[int, int] | None:
    i = text.find(sentence)
    if i >= 0:
        return i, i + len(sentence)
    rx = r"\s+".join(re.escape(w) for w in sentence.split())
    m = re.search(rx, text)
    return (m.start(), m.end()) if m else None


_PREPARED: dict[str, tuple[Analysis, object]] = {}


def prepared_article(name: str, text: str, lang: str, pub: date | None) -> tuple[Analysis, object]:
    """The real pipeline up to extract.events on the whole article (parse, claims, times),
    cached per article, so pronouns, earlier names and the article's dates are there as in
    production and cross-validation re-runs only the event extractor."""
    if name not in _PREPARED:
        from .. import nlp
        from ..registry import create

        a = Analysis(article=Article(id="eval", text=text, language=lang, published=pub))
        doc = nlp.load(lang)(text)
        nlp.sentences(a, doc)
        for comp_name in ("extract.claims", "extract.time"):
            try:
                create(comp_name)(a, doc)
            except Exception:  # a stage failing (or missing) must not stop scoring
                pass
        if not a.times:
            a.times = times_for(a, doc)
        _PREPARED[name] = (a, doc)
    return _PREPARED[name]


class RecordEvents(NamedTuple):
    analysis: Analysis
    doc: object
    events: list[Event]
    text: str  # the article, or the sentence when it is read alone; start and end are the sentence's span in it
    start: int
    end: int
    in_article: bool


def record_events(r: dict, extractor: EventExtractor, lang: str = "de", context: bool = True) -> RecordEvents:
    """The events found in a gold record's sentence, read as ``score_german`` reads it, so the error pool
    (training/events/error_pool.py) and the acceptance model's rows (train_accept.py) add up to its figures: in its
    whole article when the article is here (``prepared_article``); else alone, parsed with ``context`` (the 10kGNAD sets
    fresh7, fresh9 have no article here: parsed, the roles come from the parse as in the pipeline; before round 14 it
    ran without a parse)."""
    pub = date.fromisoformat(r["published"]) if r.get("published") else None
    sent = r["sentence"]
    text = quotes_de_article(r["file"]) if context and r.get("file") else None
    where = _find(text, sent) if text else None
    if where is not None:
        a, doc = prepared_article(r["file"], text, lang, pub)
        s0, s1 = where
        evs = [e for e in extractor.run(a, doc) if e.trigger and s0 <= e.trigger.start < s1]
        return RecordEvents(a, doc, evs, text, s0, s1, True)
    a, doc = _sentence_alone(sent, lang, pub, parse=context)
    return RecordEvents(a, doc, extractor.run(a, doc), sent, 0, len(sent), False)


def _match_actor(actor, gold: str) -> bool:
    # gold writes the actor as the sentence does (a pronoun if that is all it has); our name
    # may be the resolved antecedent, the span the words as written: either counts
    if actor is None:
        return False
    return actor_match(actor.name, [gold]) or (actor.span is not None and actor_match(actor.span.text, [gold]))


def score_german(records: list[dict], extractor: EventExtractor, context: bool = True, show: int = 0,
                 misses: bool = False) -> dict:
    """Align gold and predicted events per sentence and count; see ``print_german``. With
    ``misses`` every gold event whose source, target or date is wrong is printed with what
    was predicted, for error analysis."""
    acc = {k: [0, 0] for k in ("type", "source", "target", "location", "date", "modality", "date_extra",
                               "source_aligned", "target_aligned", "date_aligned")}
    tp, fp, fn = Counter(), Counter(), Counter()
    none_fp = none_n = 0
    ctx_used = 0
    shown = 0
    for r in records:
        sent = r["sentence"]
        got = record_events(r, extractor, r.get("lang", "de"), context)
        ctx_used += got.in_article
        evs, text, s0, s1 = got.events, got.text, got.start, got.end
        free = list(evs)
        if not r["events"]:
            none_n += 1
            none_fp += bool(evs)
        for g in r["events"]:
            e = _align(g, text, s0, s1, free)
            if e is not None:
                free.remove(e)
            ok = e is not None and e.type == g["type"]
            acc["type"][1] += 1
            acc["type"][0] += ok
            if ok:
                tp[g["type"]] += 1
            else:
                fn[g["type"]] += 1
                if e is not None:
                    fp[e.type] += 1
            for key, actor in (("source", e.source_actor if e else None), ("target", e.target_actor if e else None),
                               ("location", e.location if e else None)):
                if g.get(key):
                    acc[key][1] += 1
                    acc[key][0] += _match_actor(actor, g[key])
                    if e is not None and key != "location":
                        acc[key + "_aligned"][1] += 1
                        acc[key + "_aligned"][0] += _match_actor(actor, g[key])
            if g.get("date"):
                acc["date"][1] += 1
                acc["date"][0] += bool(e and e.date == g["date"])
                if e is not None:
                    acc["date_aligned"][1] += 1
                    acc["date_aligned"][0] += e.date == g["date"]
            elif e is not None:
                # the guide dates an event only when its sentence does: anything else is extra
                acc["date_extra"][1] += 1
                acc["date_extra"][0] += bool(e.date)
            acc["modality"][1] += 1
            acc["modality"][0] += bool(e and e.modality.value == g.get("modality", "happened"))
            if misses:
                _print_miss(g, e, sent)
            if show and shown < show and not ok:
                shown += 1
                print(f"  gold {g['type']:<9} pred {e.type if e else '-':<9} [{g.get('trigger')}] {sent[:100]}")
        for e in free:
            fp[e.type] += 1
    return {"acc": acc, "tp": tp, "fp": fp, "fn": fn, "none": (none_fp, none_n), "context": ctx_used,
            "n_sent": len(records)}


def _print_miss(g: dict, e: Event | None, sent: str) -> None:
    bad = []
    for key, actor in (("source", e.source_actor if e else None), ("target", e.target_actor if e else None)):
        if g.get(key) and not _match_actor(actor, g[key]):
            got = f"{actor.span.text}|{actor.name}" if actor else "-"
            bad.append(f"{key}: gold {g[key]!r} got {got!r}")
    if g.get("date") and not (e and e.date == g["date"]):
        bad.append(f"date: gold {g['date']} got {e.date if e else '-'}")
    elif not g.get("date") and e is not None and e.date:
        bad.append(f"date: gold none got {e.date}")
    if not bad:
        return
    print(f"MISS [{g.get('trigger')}/{g['type']} -> {e.trigger.text + '/' + e.type if e else '-'}] {sent}")
    for b in bad:
        print(f"    {b}")


def print_german(res: dict, name: str) -> None:
    acc = res["acc"]
    print(f"German gold: {acc['type'][1]} gold events in {res['n_sent']} sentences ({name}); "
          f"{res['context']} sentences scored in their article's context")
    print(f"event-type accuracy      {acc['type'][0] / max(1, acc['type'][1]):.3f}")
    for key in ("source", "target", "location", "date", "modality"):
        label = {"source": "source actor", "target": "target actor", "date": "date value"}.get(key, key)
        print(f"{label + ' accuracy':<25}{acc[key][0] / max(1, acc[key][1]):.3f}  ({acc[key][0]}/{acc[key][1]})")
    # roles and dates of the gold events the system found at all: what the role and date
    # finding gets right, apart from the events it missed
    al = " / ".join(f"{acc[k][0] / max(1, acc[k][1]):.3f} ({acc[k][0]}/{acc[k][1]})"
                    for k in ("source_aligned", "target_aligned", "date_aligned"))
    print(f"{'on found events':<25}source / target / date  {al}")
    de = acc["date_extra"]
    print(f"{'dated, gold has no date':<25}{de[0]}/{de[1]} aligned events")
    tp, fp, fn = res["tp"], res["fp"], res["fn"]
    p, r, f = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"typed events (extra predictions count as false positives)  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"no-event sentences with a predicted event  {res['none'][0]}/{res['none'][1]}")
    _print_types(tp, fp, fn)


def _print_types(tp: Counter, fp: Counter, fn: Counter) -> None:
    print(f"{'type':<11}{'P':>6}{'R':>6}{'F1':>6}{'gold':>6}{'pred':>6}")
    for t in sorted(set(tp) | set(fn) | set(fp)):
        p, r, f = prf(tp[t], fp[t], fn[t])
        print(f"{t:<11}{p:6.2f}{r:6.2f}{f:6.2f}{tp[t] + fn[t]:6d}{tp[t] + fp[t]:6d}")
    gold_types = set(tp) | set(fn)
    mf = sum(prf(tp[t], fp[t], fn[t])[2] for t in gold_types) / max(1, len(gold_types))
    print(f"macro-F1 over gold types: {mf:.3f}")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def eval_jsonl(path: Path, show: int, context: bool = True, misses: bool = False) -> int:
    print_german(score_german(read_jsonl(path), EventExtractor("de"), context, show, misses), path.name)
    return 0


def _align(g: dict, text: str, s0: int, s1: int, evs: list[Event]) -> Event | None:
    trig = g.get("trigger") or ""
    ts = text.find(trig, s0, s1) if trig else -1
    if ts >= 0:
        te = ts + len(trig)
        for e in evs:
            if e.trigger and e.trigger.start < te and ts < e.trigger.end:
                return e
    same = [e for e in evs if e.type == g["type"]]
    return same[0] if same else None


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    show = 0
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    context = "--sentence-only" not in argv
    misses = "--misses" in argv
    argv = [a for a in argv if a not in ("--sentence-only", "--misses")]
    path = Path(argv[0])
    if path.suffix == ".jsonl":
        return eval_jsonl(path, show, context, misses)
    return eval_plover(path, show)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
