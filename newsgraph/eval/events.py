"""Score extract.events on a gold file.

Two formats:
- the PLOVER gold standard (JSON list, ``PLOVER_GSR_CAMEO.txt``): one event per English
  sentence; the system's first event (earliest trigger) is compared with it. Gold types use
  PLOVER 2016 names, mapped to the 16 current types by ``[legacy]`` in config/events.toml.
- our German dev set (JSONL, ``tests/data/events_de_dev.jsonl``): per sentence, gold events
  with trigger, type, source, target, location, date, modality; each gold event is aligned
  with the predicted event whose trigger overlaps its trigger, else with one of the same type.

Actor matching is lenient but checkable: after lower-casing and dropping articles and a
possessive/genitive -s, the head (last word) of one string must occur among the words of
the other (so "Romanian officials" matches gold "Romanian", "Putin" matches "Wladimir Putin").

    python -m newsgraph.eval.events FILE [--show N]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from ..extract.event_lexicon import legacy_map
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


def analyse_sentence(text: str, lang: str, published: date | None) -> tuple[Analysis, list[Event]]:
    art = Article(id="eval", text=text, language=lang, published=published)
    a = Analysis(article=art, sentences=[Sentence(article_id="eval", index=0,
                                                  span=Span(start=0, end=len(text), text=text))])
    a.times = times_for(a)
    return a, EventExtractor(lang).run(a)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def per_type(pairs: list[tuple[str, str | None]]) -> None:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in pairs:
        if p == g:
            tp[g] += 1
        else:
            fn[g] += 1
            if p:
                fp[p] += 1
    print(f"{'type':<11}{'P':>6}{'R':>6}{'F1':>6}{'gold':>6}")
    for t in sorted(set(tp) | set(fn) | set(fp)):
        p, r, f = prf(tp[t], fp[t], fn[t])
        print(f"{t:<11}{p:6.2f}{r:6.2f}{f:6.2f}{tp[t] + fn[t]:6d}")
    mp = sum(prf(tp[t], fp[t], fn[t])[2] for t in set(tp) | set(fn)) / max(1, len(set(tp) | set(fn)))
    print(f"macro-F1 over gold types: {mp:.3f}")


def plover2016_type(ev: Event) -> str:
    """PLOVER 2016 codes an intent by direction: planned (or conditionally promised) cooperation
    is AGREE, planned harm is THREATEN, refused cooperation is REJECT (config/events.toml
    [intent]); other events keep their type."""
    intent = _intent()
    if ev.modality.value == "denied" and ev.type in intent["cooperative"]:
        return "REJECT"
    if ev.modality.value in ("planned", "conditional"):
        if ev.type in intent["cooperative"]:
            return "AGREE"
        if ev.type in intent["conflictual"]:
            return "THREATEN"
    return ev.type


def _intent() -> dict:
    import tomllib

    from ..extract.event_lexicon import CONFIG_DIR

    return tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))["intent"]


def _actor_texts(field) -> list[str]:
    # a few records carry a bare string (often empty) instead of a list of actors
    if not isinstance(field, list):
        return []
    return [a["actorText"] for a in field if isinstance(a, dict) and a.get("actorText", "").strip()]


def eval_plover(path: Path, show: int) -> int:
    legacy = legacy_map()
    recs = [r for r in json.loads(path.read_text("utf-8")) if r.get("text")]
    pairs: list[tuple[str, str | None]] = []
    src_ok = src_n = tgt_ok = tgt_n = 0
    shown = 0
    for r in recs:
        gold = legacy.get(r["event"], r["event"])
        _, evs = analyse_sentence(r["text"], "en", None)
        ev = evs[0] if evs else None
        pairs.append((gold, plover2016_type(ev) if ev else None))
        gs = _actor_texts(r.get("source"))
        gt = _actor_texts(r.get("target"))
        if gs:
            src_n += 1
            src_ok += actor_match(ev.source_actor.name if ev and ev.source_actor else None, gs)
        if gt:
            tgt_n += 1
            tgt_ok += actor_match(ev.target_actor.name if ev and ev.target_actor else None, gt)
        if show and shown < show and (not ev or pairs[-1][1] != gold):
            shown += 1
            print(f"  gold {gold:<9} pred {pairs[-1][1] or '-':<9} [{ev.trigger.text if ev else ''}] {r['text'][:110]}")
    acc = sum(g == p for g, p in pairs) / len(pairs)
    print(f"PLOVER gold: {len(pairs)} sentences ({path.name}), types mapped to PLOVER 2.x")
    print(f"event-type accuracy      {acc:.3f}")
    print(f"source actor accuracy    {src_ok / src_n:.3f}  ({src_ok}/{src_n})")
    print(f"target actor accuracy    {tgt_ok / tgt_n:.3f}  ({tgt_ok}/{tgt_n})")
    print(f"no event predicted       {sum(p is None for _, p in pairs)}")
    per_type(pairs)
    return 0


def _align(g: dict, sentence: str, evs: list[Event]) -> Event | None:
    trig = g.get("trigger") or ""
    ts = sentence.find(trig) if trig else -1
    if ts >= 0:
        te = ts + len(trig)
        for e in evs:
            if e.trigger and e.trigger.start < te and ts < e.trigger.end:
                return e
    same = [e for e in evs if e.type == g["type"]]
    return same[0] if same else None


def eval_jsonl(path: Path, show: int) -> int:
    n = type_ok = 0
    src = [0, 0]
    tgt = [0, 0]
    dte = [0, 0]
    loc = [0, 0]
    mod = [0, 0]
    pairs: list[tuple[str, str | None]] = []
    shown = 0
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        pub = date.fromisoformat(r["published"]) if r.get("published") else None
        _, evs = analyse_sentence(r["sentence"], r.get("lang", "de"), pub)
        for g in r["events"]:
            n += 1
            e = _align(g, r["sentence"], evs)
            pairs.append((g["type"], e.type if e else None))
            ok = e is not None and e.type == g["type"]
            type_ok += ok
            for key, acc, pred in (
                ("source", src, e.source_actor.name if e and e.source_actor else None),
                ("target", tgt, e.target_actor.name if e and e.target_actor else None),
                ("location", loc, e.location.name if e and e.location else None),
            ):
                if g.get(key):
                    acc[1] += 1
                    acc[0] += actor_match(pred, [g[key]])
            if g.get("date"):
                dte[1] += 1
                dte[0] += bool(e and e.date == g["date"])
            mod[1] += 1
            mod[0] += bool(e and e.modality.value == g.get("modality", "happened"))
            if show and shown < show and not ok:
                shown += 1
                print(f"  gold {g['type']:<9} pred {e.type if e else '-':<9} [{g.get('trigger')}] {r['sentence'][:100]}")
    print(f"German dev: {n} gold events ({path.name})")
    print(f"event-type accuracy      {type_ok / n:.3f}")
    for name, acc in (("source actor", src), ("target actor", tgt), ("location", loc),
                      ("date value", dte), ("modality", mod)):
        print(f"{name + ' accuracy':<25}{acc[0] / max(1, acc[1]):.3f}  ({acc[0]}/{acc[1]})")
    per_type(pairs)
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    show = 0
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    path = Path(argv[0])
    if path.suffix == ".jsonl":
        return eval_jsonl(path, show)
    return eval_plover(path, show)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
