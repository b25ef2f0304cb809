"""Round 29's census of cue-less continuations left without a speaker, and the open-speaker carry measured post hoc over
a speaker_precision.py dump (de_speakers card, Round 29, q2).

    python training/quotes/speaker_carry29.py DUMP.pkl --cache QCACHE.spacy census [--examples N]
    python training/quotes/speaker_carry29.py DUMP.pkl --cache QCACHE.spacy carry [--set KEY=VALUE ...] [--show N]

* census: the paired quotes where we name no speaker and gold's speaker stands in a sentence before the message's
  (round 28's "earlier" part of "ours none, gold some"), by what lies between gold's speaker and the message, first
  class that applies: a quote of ours with another speaker, no quote of ours with a speaker at all before (in the
  article), our last speaker is another one (not gold's), a paragraph break, a sentence outside every message of
  ours without Konjunktiv, a new name (a PER/ORG name outside gold's speaker and our messages), nothing of these.
  Beside it: the sentence distance, our mode, whether our previous speaker is gold's, the message's Konjunktiv and
  subject — what the carry rule can read; and gold's side: whether an earlier gold quote has the same speaker (its
  report's opening quote) and what we made of that quote (missed, no speaker, gold's, another), with examples of
  the gold speakers no earlier gold quote has (stated in a sentence gold marks no quote of).
* carry: quotes_speakers.carry_open_speakers (the live step, [model] speaker_open_carry) run over the dump's final
  quotes, which are turned back into char spans; prints the figure before / after and the fires as
  speaker_rules27.py does (right / wrong / both wrong / better / worse; "spurious" = a quote of ours gold has not).
  ``--set`` sets the step's options (k, speech, opener, konj, subject, agree, between, modes, chain;
  quotes_speakers.carry_open_speakers); ``--try "k=1 speech=root …"`` measures more option sets over the same load.
  The key's step (open_carry_speakers) is ``--set k=1 --set speech=root --set opener=source --set konj=one``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_rules27 import _load, _print_figures, _text  # noqa: E402

from newsgraph.eval.quotes import Scores, assign, score_doc  # noqa: E402


def _spans(g, ids) -> list[tuple[int, int]]:
    """Gold token ids as char spans, consecutive ids merged."""
    out: list[tuple[int, int]] = []
    prev = None
    for t in sorted(ids):
        a, b = g.tokens[t]
        if prev is not None and t == prev + 1:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        prev = t
    return out


def _ids(g, spans) -> list[int]:
    return [k for k, (s, e) in enumerate(g.tokens) if any(s < b and a < e for a, b in spans)]


class _Q:
    """The fields of a RawQuote the carry step reads, rebuilt from a dump group."""

    def __init__(self, g, sg):
        self.message = _spans(g, sg.roles["quote"])
        self.speaker = _spans(g, sg.roles["speaker"])
        self.cue = _spans(g, sg.roles["cue"])
        self.mode = sg.form or ""
        self.nested = bool(sg.nested)
        self.inherited = bool((sg.extra or {}).get("inherited"))


def _sent_of(starts, c: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, c) - 1


def census(rows, docs, n_ex) -> None:
    from newsgraph.extract.quotes_speakers import message_clause

    tab: dict = defaultdict(Counter)
    ex: dict = defaultdict(list)
    for row in rows:
        _, g, S, G = row[:4]
        doc = docs[g.text]
        starts = [s.start_char for s in doc.sents]
        order = sorted((k for k, sg in enumerate(S) if sg.roles["quote"] and not sg.nested),
                       key=lambda k: min(S[k].roles["quote"]))
        pairs = assign(S, G)
        pairs_g = {gj: sj for sj, gj in pairs}
        for si, gi in pairs:
            sg, gg = S[si], G[gi]
            s, gs = set(sg.roles["speaker"]), set(gg.roles["speaker"])
            if s or not gs or not sg.roles["quote"]:
                continue
            m0 = g.tokens[min(sg.roles["quote"])][0]
            g0, g1 = g.tokens[min(gs)][0], g.tokens[max(gs)][1]
            # the message's first sentence as round 28's census reads it: ours or gold's, whichever starts first
            sq = _sent_of(starts, min(m0, g.tokens[min(gg.roles["quote"])][0] if gg.roles["quote"] else m0))
            sgs = _sent_of(starts, g0)
            if sgs >= sq:
                continue
            # our quotes before this one (message order), non-nested
            before = [S[k] for k in order if min(S[k].roles["quote"]) < min(sg.roles["quote"]) and k != si]
            with_sp = [b for b in before if b.roles["speaker"]]
            prev = with_sp[-1] if with_sp else None
            prev_gold = prev is not None and bool(set(prev.roles["speaker"]) & gs)
            between_other = any(b.roles["speaker"] and not set(b.roles["speaker"]) & gs
                                and g.tokens[min(b.roles["quote"])][0] > g1 for b in before)
            text_between = g.text[g1:m0]
            para = "\n" in text_between
            in_msgs = set()
            for b in S:
                for t in b.roles["quote"]:
                    in_msgs.update(range(*g.tokens[t]))
            plain = False
            for n in range(_sent_of(starts, g1) + 1, sq):
                sent = list(doc.sents)[n]
                if any(t.idx in in_msgs for t in sent):
                    continue
                if not any("Sub" in t.morph.get("Mood") for t in sent):
                    plain = True
            new_name = any(t.ent_type_ in ("PER", "ORG") and g1 <= t.idx < m0 and t.idx not in in_msgs
                           for t in doc)
            if between_other:
                cls = "a quote of ours with another speaker between"
            elif prev is None:
                cls = "no quote of ours with a speaker before"
            elif not prev_gold:
                cls = "our last speaker another (no quote between)"
            elif para:
                cls = "our last speaker gold's; a paragraph between"
            elif plain:
                cls = "our last speaker gold's; a plain sentence between"
            elif new_name:
                cls = "our last speaker gold's; a new name between"
            else:
                cls = "our last speaker gold's; nothing between"
            # gold's report opener: an earlier gold quote with the same speaker tokens, and ours paired with it
            opener = next((gj for gj, q2 in enumerate(G) if gj != gi and set(q2.roles["speaker"]) == gs
                           and q2.roles["quote"] and min(q2.roles["quote"]) < min(gg.roles["quote"])), None)
            if opener is None:
                okind = "gold: no earlier quote of that speaker"
            elif opener not in pairs_g:
                okind = "gold: its opening quote unpaired (we missed it)"
            else:
                o = S[pairs_g[opener]]
                okind = ("gold: opening quote paired, ours none" if not o.roles["speaker"] else
                         "gold: opening quote paired, our speaker gold's" if set(o.roles["speaker"]) & gs else
                         "gold: opening quote paired, our speaker another")
            if okind.startswith("gold: no earlier") and len(ex[okind]) < n_ex:
                gsent = doc.char_span(g0, g1, alignment_mode="expand").sent
                r = doc.char_span(g0, g1, alignment_mode="expand").root
                ex[okind].append(f"{sg.form} d={sq - sgs} gold=[{_text(g, gs)}] ({r.dep_} of {r.head.lemma_}) "
                                 f"in [{gsent.text[:140]}] msg=[{_text(g, sg.roles['quote'])[:90]}]")
            tab[(okind,)]["n"] += 1
            tab[(okind,)]["fn"] += len(gs)
            tab[(cls, okind)]["n"] += 1
            tab[(cls, okind)]["fn"] += len(gs)
            msg = doc.char_span(m0, g.tokens[max(sg.roles["quote"])][1], alignment_mode="expand")
            verb, subj = message_clause(doc, msg) if msg is not None else (None, None)
            konj = verb is not None and "Sub" in verb.morph.get("Mood")
            sk = ("none" if subj is None else "pron" if subj.pos_ == "PRON"
                  else "source" if subj.ent_type_ in ("PER", "ORG") or subj.pos_ == "PROPN" else "noun")
            dist = sq - sgs
            mode = f"{sg.form}{', cue' if sg.roles['cue'] else ''}"
            for k in ((cls,), (cls, "cue" if sg.roles["cue"] else "no cue"), ("mode", mode), ("dist", str(min(dist, 6))), ("konj|subj", f"{int(konj)}|{sk}"),
                      ("prev gold's", str(prev_gold)), ("para", str(para))):
                tab[k]["n"] += 1
                tab[k]["fn"] += len(gs)
            if len(ex[cls]) < n_ex:
                ex[cls].append(f"{mode} d={dist} gold=[{_text(g, gs)}] prev=[{_text(g, prev.roles['speaker']) if prev else ''}]"
                               f" msg=[{_text(g, sg.roles['quote'])[:110]}]")
    print(f"{'class':<60} quotes    FN")
    for k, c in sorted(tab.items(), key=lambda kv: (len(kv[0]), kv[0][0], -kv[1]["fn"])):
        print(f"{' | '.join(k):<60} {c['n']:6d} {c['fn']:5d}")
    for k, v in ex.items():
        print("\n==", k)
        for line in v:
            print("   ", line[:300])


def carry(rows, docs, opts, n_show) -> None:
    from newsgraph.extract.quotes_speakers import carry_open_speakers

    before, after = Scores(), Scores()
    fires: Counter = Counter()
    shown: dict = defaultdict(list)
    for row in rows:
        _, g, S, G = row[:4]
        doc = docs[g.text]
        score_doc(before, S, G)
        qs = [_Q(g, sg) for sg in S]
        carry_open_speakers(doc, qs, **opts)
        new_S = copy.deepcopy(S)
        for sg, q in zip(new_S, qs):
            sg.roles["speaker"] = _ids(g, q.speaker)
        score_doc(after, new_S, G)
        pairs = dict(assign(new_S, G))
        for si, (sg, ng) in enumerate(zip(S, new_S)):
            old, new = set(sg.roles["speaker"]), set(ng.roles["speaker"])
            if old == new:
                continue
            gs = set(G[pairs[si]].roles["speaker"]) if si in pairs else set()
            kind = ("spurious" if si not in pairs else "gold none" if not gs else
                    "right" if new & gs and not old & gs else "wrong" if old & gs and not new & gs
                    else "both wrong" if not new & gs else "better" if len(new & gs) >= len(old & gs) else "worse")
            fires[kind] += 1
            if len(shown[kind]) < n_show:
                shown[kind].append(f"{sg.form} ours=[{_text(g, old)}] -> [{_text(g, new)}] gold=[{_text(g, gs)}] "
                                   f"msg=[{_text(g, sg.roles['quote'])[:90]}]")
    # 280, not speaker_rules27's 240: the carry's fires print as they did in round 29
    _print_figures(before, after, fires, shown, width=280)


def _value(v: str):
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(v.lower(), v)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--cache", required=True)
    ap.add_argument("what", choices=("census", "carry"))
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--try", dest="tries", action="append", default=[],
                    help="one more option set, space-separated KEY=VALUE (measured over the same load)")
    args = ap.parse_args(argv)
    rows, docs = _load(args.dump, args.cache)
    if args.what == "census":
        census(rows, docs, args.examples)
    else:
        for sets in [args.set] + [t.split() for t in args.tries]:
            opts = {k: _value(v) for k, v in (x.split("=", 1) for x in sets)}
            print("==", " ".join(sets))
            carry(rows, docs, opts, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
