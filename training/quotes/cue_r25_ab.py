"""A/B of round 25's cue candidates (de_cues card, Round 25, h1) on a saved extraction (cue_r23_ab.py ``--save``):
each variant's rules run, in order, on a copy of an article's final quotes, which is what a last step of
extract_quotes (quotes_cues.late_cues) sees. Same options as cue_r23_ab.py:

    OMP_NUM_THREADS=1 python training/quotes/cue_r25_ab.py /work/shared/data/quotes-de/data/train \\
        --cache /tmp/r25/qcache_train.spacy --load /tmp/h1/r25/q_tr0.pkl --load /tmp/h1/r25/q_tr1.pkl \\
        --folds /work/main/training/runs/quote_folds22 --variant "" --variant efA [--fires FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cue_r23_ab  # noqa: E402

from newsgraph.extract.quotes_cues import join_to_cue_verbs, verb_prefixes  # noqa: E402

# words that open a subordinate or comparative clause: a sentence opened by one holds no main clause before its frame
SUBORDINATE_OPENERS = frozenset({"wie", "als", "während", "wenn", "weil", "nachdem", "obwohl", "da", "ob", "dass",
                                 "bevor", "seit", "seitdem", "sobald", "falls", "damit", "indem", "obgleich", "wo"})


def empty_own_frames(doc, toks, quotes: list, starts: list[int], *, konjunktiv: bool = False,
                     pronoun: bool = True) -> list:
    """New Indirect quotes in sentences no quote of ours touches that read "<main clause>, <speech verb> <subject> …"
    ("Die Gefährdung … ist bei Frauen noch höher als bei Männern, stellten die Wissenschaftler außerdem fest.", "Ein
    weiteres Konsulat … soll folgen, gab der indonesische Außenminister … bekannt."; with ``pronoun`` also "…, das
    teilte das STSI mit."): message = the clause before the comma, cue = the verb's complex, speaker = its subject.
    quotes-de marks these Indirect whatever the clause's mood; the taggers and the act classifier leave them (round 25
    census, de_cues card: (a) quotes missed). The clause must open the sentence, hold a finite verb before any comma and
    not open with a subordinator; the speech verb (VVFIN, the late steps' lists) must come right after the comma (or
    after "das" / "dies") with its parse subject after it, and no finite verb, "dass" or "ob" may follow it
    Measured in round 25 and left off (de_cues card): the shipped complement model (quotes_acts.complement, kind "pre")
    already takes these sentences. ``konjunktiv``: the clause must hold a Konjunktiv."""
    from newsgraph.extract.quotes import RawQuote, _spans_of, _tok_ids, finish_cues
    from newsgraph.extract.quotes_cues import _is_speech, _speech_words
    from newsgraph.extract.quotes_rules import FINITE_TAGS, _strip, parse_subject, quote_depth

    lemmas, stems = _speech_words()
    touched = {toks[k].sent for q in quotes for k in _tok_ids(toks, q.message, starts)}
    inq = quote_depth(toks)
    out = []
    n, a = len(toks), 0
    while a < n:
        b = a
        while b < n and toks[b].sent == toks[a].sent:
            b += 1
        lo, hi = a, b
        a = b
        if toks[lo].sent in touched or toks[lo].i < 0 or toks[lo].text.lower() in SUBORDINATE_OPENERS \
                or doc[toks[lo].i].tag_ in ("KOUS", "KOUI", "PWAV", "PRELS", "KON"):
            continue
        # the first comma-free stretch must hold a finite verb: a main clause, not "In einem Referendum, das …"
        first_comma = next((k for k in range(lo, hi) if toks[k].text == ","), hi)
        if not any(toks[k].i >= 0 and doc[toks[k].i].tag_ in FINITE_TAGS for k in range(lo, first_comma)):
            continue
        for k in range(lo + 1, hi - 1):
            if toks[k].text != "," or inq[k]:
                continue
            j = k + 1
            if pronoun and toks[j].text.lower() in ("das", "dies") and j + 1 < hi:
                j += 1
            if toks[j].i < 0 or inq[j]:
                continue
            v = doc[toks[j].i]
            if v.pos_ != "VERB" or v.tag_ != "VVFIN" or not v.text[:1].islower() or not _is_speech(v, lemmas, stems):
                continue
            clause = [m for m in range(lo, k)]
            if sum(1 for m in clause if toks[m].text[:1].isalnum()) < 4:
                break
            if konjunktiv and not any(toks[m].mood_sub for m in clause):
                break
            rest = range(j + 1, hi)
            if any(toks[m].i >= 0 and (doc[toks[m].i].tag_ in FINITE_TAGS or toks[m].text.lower() in ("dass", "ob"))
                   for m in rest):
                break
            rng = parse_subject(doc, toks, j, set(clause))
            if rng is None or rng[0] <= j:
                break
            m0, m1 = _strip(toks, lo, k)
            if m1 - m0 < 3:
                break
            q = RawQuote(message=_spans_of(toks, set(range(m0, m1))), mode="Indirect", cue=_spans_of(toks, {j}),
                         speaker=_spans_of(toks, set(range(rng[0], rng[1]))), sent=toks[lo].sent, origin="ownframe")
            finish_cues(doc, toks, [q])
            out.append(q)
            break
    return out


def empty_frames(doc, toks, qs, starts, **kw) -> None:
    qs.extend(empty_own_frames(doc, toks, qs, starts, **kw))
    qs.sort(key=lambda q: q.message[0])


def refl(doc, toks, qs, starts, level=1) -> None:
    """finish_cues once more over every cued quote with [model] cue_reflexive (the cue verb's "sich") on."""
    from newsgraph.extract.quotes import finish_cues
    from newsgraph.extract.quotes_features import config

    old = config()["model"].get("cue_reflexive", 0)
    config()["model"]["cue_reflexive"] = level
    try:
        finish_cues(doc, toks, [q for q in qs if q.cue])
    finally:
        config()["model"]["cue_reflexive"] = old


def refl_only(doc, toks, qs, starts) -> None:
    """The cue verb's reflexive "sich" (PRF child, same sentence, outside the message and quotation marks) joins the cue."""
    from newsgraph.extract.quotes import _spans_of, _tok_ids
    from newsgraph.extract.quotes_rules import quote_depth

    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    inq = quote_depth(toks)
    for q in qs:
        if not q.cue:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        msg = _tok_ids(toks, q.message, starts)
        add = {by_i[ch.i] for k in cue if toks[k].i >= 0 and doc[toks[k].i].pos_ == "VERB"
               for ch in doc[toks[k].i].children
               if ch.text.lower() == "sich" and ch.tag_ == "PRF" and ch.i in by_i and by_i[ch.i] not in msg
               and not inq[by_i[ch.i]] and toks[by_i[ch.i]].sent == toks[k].sent}
        if add - cue:
            q.cue = _spans_of(toks, cue | add)


def bekannt(doc, toks, qs, starts, lemmas=("geben", "werden", "machen")) -> None:
    """"gab … bekannt", "wurde bekannt gegeben": the adjective "bekannt" on a cue verb joins the cue."""
    join_to_cue_verbs(doc, toks, qs, starts,
                      lambda v, w, j: (not lemmas or v.lemma_.lower() in lemmas) and w.text.lower() == "bekannt")


cue_r23_ab.RULES.update({
    "refl": refl,
    "refl2": lambda *a: refl(*a, level=2),
    "bekannt": bekannt,
    "bekanntA": lambda *a: bekannt(*a, lemmas=()),
    "reflS": refl_only,
    "prefix": verb_prefixes,


    "efA": empty_frames,
    "efK": lambda *a: empty_frames(*a, konjunktiv=True),
    "efN": lambda *a: empty_frames(*a, pronoun=False),
})

if __name__ == "__main__":
    sys.exit(cue_r23_ab.main())
