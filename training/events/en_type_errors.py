"""PLOVER (English) event-type errors of the 10-fold CV, by class (issue #5, round 14; events_type card).

Runs the CV of train_type.py (same folds: StratifiedKFold 10, random_state 0; C 0.3; German dev always in
training) with the real extractor and sorts each wrong sentence into one class:
  no hit          the lexicon finds no trigger at all
  no gold-type    hits, none of whose coded type (PLOVER 2016, intent by modality) is the gold type
  intent          a hit has the gold type before intent coding, none after it
  other hit       an event of the gold type exists, the main event is another
  dropped         a hit of the gold type exists but no event of it (merged, retyped or not kept)

    python training/events/en_type_errors.py            # counts and per-fold accuracy
    python training/events/en_type_errors.py --show     # and every wrong sentence
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_type as tt  # noqa: E402

from newsgraph.eval import events as ev  # noqa: E402
from newsgraph.extract.event_actors import tokenize  # noqa: E402
from newsgraph.extract.event_classifier import coded_type  # noqa: E402
from newsgraph.extract.event_lexicon import lexicon  # noqa: E402
from newsgraph.extract.event_modality import modality_for  # noqa: E402
from newsgraph.extract.events import EventExtractor, _tok_index, triggers  # noqa: E402


def error_class(gold: str, hits: list[tuple[str, str, str]], event_types: set[str]) -> str:
    if not hits:
        return "no hit"
    if gold in event_types:
        return "other hit"
    if gold in {c for _, _, c in hits}:
        return "dropped"
    if gold in {t for _, t, _ in hits}:
        return "intent"
    return "no gold-type"


def main(argv: list[str]) -> int:
    show = "--show" in argv
    en, en_x, en_y, de, de_x, de_y, *_ = tt.examples()
    lex = lexicon("en")
    classes: Counter = Counter()
    right = Counter()
    size = Counter()
    rows = []
    skf = StratifiedKFold(10, shuffle=True, random_state=0)
    for fold, (tr, te) in enumerate(skf.split(en_x, en_y)):
        model = tt.fit([en_x[i] for i in tr] + de_x, [en_y[i] for i in tr] + de_y,
                       [1.0] * len(tr) + [3.0] * len(de_x), 0.3, en_idx=tr)
        ext = EventExtractor("en", model)
        for i in te:
            s, gold = en[i]["text"], en_y[i]
            evs = ev.analyse_sentence(s, "en", None, ext)[1]
            main_ev = ev.main_event(evs)
            pred = ev.plover2016_type(main_ev) if main_ev else None
            size[fold] += 1
            if pred == gold:
                right[fold] += 1
                continue
            toks = tokenize(s)
            hits = []
            for h in triggers(s, lex):
                mod = modality_for(s, h.start, h.end, toks, _tok_index(toks, h.start), lex).value
                hits.append((h.text, h.type, coded_type(h.type, mod, "en")))
            cls = error_class(gold, hits, {ev.plover2016_type(e) for e in evs})
            classes[cls] += 1
            rows.append((cls, gold, pred, main_ev.trigger.text if main_ev else "", [(t, c) for t, _, c in hits], s))
    n = sum(size.values())
    print(f"type {sum(right.values()) / n:.3f} ({sum(right.values())}/{n}); per fold "
          + " ".join(f"{right[f]}/{size[f]}" for f in sorted(size)))
    print("wrong by class: " + ", ".join(f"{k} {v}" for k, v in classes.most_common()))
    if show:
        for cls, gold, pred, trig, hits, s in sorted(rows, key=lambda r: r[0]):
            print(f"{cls:<13} gold {gold:<9} pred {pred or '-':<9} [{trig}] hits {hits}\n    {s[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
