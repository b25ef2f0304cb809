"""A/B of the German trigger switches of the twelfth events round (issue #5, project round 13), in one
process, on the read sets, the round's own sample and 10kGNAD rows 500-649.

Modes (comma-joined into a group, groups separated by ':'): ``shipped`` (events.toml as it is), ``off``
(the round's switches off: HEAD before the round), ``part`` (+ [separable] parse_particles) and ``head``
(+ [dictionary] head_decides), both off in the shipped config. The overrides patch the parsed events.toml, nothing is written.

    python training/events/trigger_ab.py off:shipped dev fresh fresh2 fresh3     # summary lines per set
    python training/events/trigger_ab.py off:shipped sample                      # -> /tmp/trigger_ab/sample_<group>.jsonl
    python training/events/trigger_ab.py off:shipped gnad                        # -> /tmp/trigger_ab/gnad_<group>.jsonl
    python training/events/trigger_ab.py --diff A.jsonl B.jsonl                   # sample: events gone / added

The sample: the first three sentences of every quotes-de train article no event set uses whose title
has a politics/conflict word (5; fresh.POLITICS), of 15 more unused train articles (random.Random(20261127))
and of 30 10kGNAD test rows >= 700 (15 International, 8 Inland, 7 Panorama, same seed): 148 sentences,
read with the system's output (so train side). Needs NEWSGRAPH_SHARED; parses cached in --cache.
The summary lines print nothing per sentence, so a blind set can be scored without reading it.
"""

from __future__ import annotations

import csv
import json
import pickle
import random
import re
import sys
import tomllib
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh as fresh  # noqa: E402

import newsgraph.extract.event_lexicon as L  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = Path("/tmp/trigger_ab")
_loads = tomllib.loads
_FNS: list = []


def _patched(text: str) -> dict:
    d = _loads(text)
    if "triggers" in d and "separable" in d:
        for f in _FNS:
            f(d)
    return d


def _off(d: dict) -> None:
    d["dictionary"]["de"]["dative_plurals"] = False
    d["separable"]["de"]["particle_prepositions"] = False
    d["separable"]["de"]["parse_particles"] = False
    d["non_event_heads"]["de_agent_suffixes"] = []
    d["vetoes"]["REQUEST"]["de"] = [p for p in d["vetoes"]["REQUEST"]["de"] if p != "unter Berufung auf"]
    d["context"]["de"] = [r for r in d["context"]["de"] if "jahren|jahr" not in r["context"]]
    d["light_verbs"]["de"] = []
    d["dictionary"]["de"]["hyphen_heads"] = False
    for t, w in (("AID", "halfen"), ("REQUEST", "baten")):
        d["triggers"][t]["de"] = [p for p in d["triggers"][t]["de"] if p != w]


def _part(d: dict) -> None:
    d["separable"]["de"]["parse_particles"] = True


def _head(d: dict) -> None:
    d["dictionary"]["de"]["head_decides"] = True


MODES = {"shipped": None, "off": _off, "part": _part, "head": _head}


def extractor(group: str):
    from newsgraph.extract.events import EventExtractor

    _FNS[:] = [MODES[m] for m in group.split(",") if MODES[m] is not None]
    L.tomllib = type("T", (), {"loads": staticmethod(_patched)})
    for f in (L.lexicon, L.context_rules, L.classifier_settings):
        f.cache_clear()
    return EventExtractor("de")


# sets drawn after the sample (fresh8 excludes the sample's articles): not counted as users, so the
# sample stays the one read in the twelfth round
LATER = ("events_de_fresh8.jsonl", "events_de_fresh13.jsonl", "events_de_fresh14.jsonl", "events_de_fresh15.jsonl",
         "events_de_fresh16.jsonl", "events_de_fresh17.jsonl", "events_de_fresh18.jsonl",
         "events_de_fresh19.jsonl", "events_de_fresh20.jsonl",
         "events_de_fresh21.jsonl", "events_de_fresh22.jsonl", "events_de_fresh23.jsonl",
         "events_de_fresh24.jsonl", "events_de_fresh25.jsonl",
         "events_de_fresh26.jsonl", "events_de_fresh27.jsonl",
         "events_de_fresh28.jsonl", "events_de_fresh29.jsonl", "events_de_fresh30.jsonl")


def _pick():
    used = set()
    for f in [*(ROOT / "tests" / "data").glob("events_de*.jsonl"), ROOT / "training" / "events" / "events_de_train.jsonl"]:
        if f.name in LATER:
            continue
        for line in f.read_text("utf-8").splitlines():
            used.add(json.loads(line)["file"].split(" - ")[0])
    files = sorted((fresh.SHARED / "data/quotes-de/data/train").glob("*.json"))
    unused = [f for f in files if f.name.split(" - ")[0] not in used]
    rest = [f for f in unused if not fresh.POLITICS.search(f.name)]
    random.Random(20261127).shuffle(rest)
    quotes = [f for f in unused if fresh.POLITICS.search(f.name)] + rest[:15]
    csv.field_size_limit(10**7)
    with (fresh.SHARED / "data/corpora/10kgnad/test.csv").open(encoding="utf-8", newline="") as fh:
        rows = [(i, r) for i, r in enumerate(csv.reader(fh, delimiter=";", quotechar="'")) if i >= 700 and len(r) >= 2]
    gnad = []
    for label, k in (("International", 15), ("Inland", 8), ("Panorama", 7)):
        c = [(i, r) for i, r in rows if r[0] == label]
        random.Random(20261127).shuffle(c)
        gnad += c[:k]
    return quotes, gnad


def sample(cache: Path):
    """(key, analysis, doc, sentence spans) of the sample's articles, parsed once and cached."""
    from spacy.tokens import DocBin

    from newsgraph import nlp
    from newsgraph.eval.events import _find, times_for
    from newsgraph.model import Analysis, Article
    from newsgraph.registry import create

    lang_nlp = nlp.load("de")
    if cache.exists():
        blob = pickle.loads(cache.read_bytes())
        docs = list(DocBin().from_bytes(blob["docs"]).get_docs(lang_nlp.vocab))
        return [(k, Analysis.model_validate_json(a), d, s) for (k, a, s), d in zip(blob["items"], docs)]
    quotes, gnad = _pick()
    items = []
    for f in quotes:
        j = json.loads(f.read_text("utf-8"))
        text = j["originalText"]
        pub = date.fromisoformat(re.search(r"\((\d{4}-\d\d-\d\d)\)", f.name).group(1))
        spans = [w for w in (_find(text, s["text"].strip()) for s in j["sentences"][:3]) if w]
        items.append((f.name, text, pub, spans))
    items += [(f"gnad{i}:{r[0]}", r[1], None, None) for i, r in gnad]
    out = []
    for key, text, pub, spans in items:
        a = Analysis(article=Article(id="eval", text=text, language="de", published=pub))
        doc = lang_nlp(text)
        nlp.sentences(a, doc)
        for comp in ("extract.claims", "extract.time"):
            try:
                create(comp)(a, doc)
            except Exception:  # a stage failing must not stop the A/B
                pass
        if not a.times:
            a.times = times_for(a, doc)
        if spans is None:
            spans = [(s.span.start, s.span.end) for s in a.sentences][:3]
        out.append((key, a, doc, spans))
    db = DocBin(store_user_data=True)
    for _, _, d, _ in out:
        db.add(d)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps({"docs": db.to_bytes(), "items": [(k, a.model_dump_json(), s) for k, a, _, s in out]}))
    return out


def dump_sample(ex, group: str, cache: Path) -> None:
    recs = []
    for key, a, doc, spans in sample(cache):
        evs = ex.run(a, doc)
        text = a.article.text
        for si, (s0, s1) in enumerate(spans):
            es = [e for e in evs if e.trigger and s0 <= e.trigger.start < s1]
            recs.append({"key": key, "i": si, "sentence": text[s0:s1], "events": [
                {"type": e.type, "trigger": e.trigger.text, "start": e.trigger.start,
                 "source": e.source_actor.name if e.source_actor else "",
                 "target": e.target_actor.name if e.target_actor else "", "mod": e.modality.value} for e in es]})
    OUT.mkdir(exist_ok=True)
    out = OUT / f"sample_{group.replace(',', '+')}.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    print(group, "sample", len(recs), "sentences", sum(len(r["events"]) for r in recs), "events ->", out)


def diff(a: str, b: str) -> None:
    old = [json.loads(x) for x in Path(a).read_text("utf-8").splitlines()]
    new = [json.loads(x) for x in Path(b).read_text("utf-8").splitlines()]
    for n, (x, y) in enumerate(zip(old, new)):
        kx = {(e["start"], e["type"]) for e in x["events"]}
        ky = {(e["start"], e["type"]) for e in y["events"]}
        for e in x["events"]:
            if (e["start"], e["type"]) not in ky:
                print(f"{n:3d} - {e['type']}[{e['trigger']}] :: {x['sentence'][:160]}")
        for e in y["events"]:
            if (e["start"], e["type"]) not in kx:
                print(f"{n:3d} + {e['type']}[{e['trigger']}] src={e['source']!r} tgt={e['target']!r} :: {y['sentence'][:160]}")


def main(argv: list[str]) -> int:
    if argv[0] == "--diff":
        diff(argv[1], argv[2])
        return 0
    import argparse

    import gnad_events

    from newsgraph.eval.events import score_german

    cache = OUT / "sample_cache.pkl"
    for group in argv[0].split(":"):
        ex = extractor(group)
        for name in argv[1:]:
            if name == "sample":
                dump_sample(ex, group, cache)
                continue
            if name == "gnad":
                # gnad_events.dump builds its own extractor: the patched config is what it reads
                gnad_events.dump(argparse.Namespace(dump=str(OUT / f"gnad_{group.replace(',', '+')}.jsonl"),
                                                    start=500, n=150, cache=str(OUT / "gnad_cache.pkl")))
                continue
            recs = [json.loads(x) for x in (ROOT / "tests" / "data" / f"events_de_{name}.jsonl").read_text("utf-8").splitlines()]
            res = score_german(recs, ex)
            acc = res["acc"]
            cells = [f"{acc[k][0] / max(1, acc[k][1]):.3f} ({acc[k][0]}/{acc[k][1]})" for k in ("type", "source", "target", "date")]
            tp, fp = sum(res["tp"].values()), sum(res["fp"].values())
            print(group, name, " / ".join(cells), "no-event sentences with an event {}/{}".format(*res["none"]),
                  f"typed P {tp / max(1, tp + fp):.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
