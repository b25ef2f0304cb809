"""Quotation spans: message, cue, speaker and addressee, with the quote type of quotes-de.

``extract_quotes(doc, lang)`` returns ``RawQuote`` records in character offsets of the
doc's text. German uses the CRF taggers of ``models/de_quotes`` (trained by
``training/quotes/train.py``) plus rules that group the tagged spans into quotes; English,
or German without the model, uses the rules of ``quotes_rules``. The claims component
turns these into ``Claim``/``Source`` records; ``newsgraph eval quotes`` scores them.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..config import models_dir
from .quotes_features import (
    QUOTE_CHARS,
    Tok,
    config,
    featurize,
    quote_depth,  # noqa: F401  (the training A/B scripts import it from here)
    rule_quote_depth,
    tokens_from_doc,
)

log = logging.getLogger(__name__)


@dataclass
class RawQuote:
    message: list[tuple[int, int]]
    mode: str = "Indirect"
    cue: list[tuple[int, int]] = field(default_factory=list)
    speaker: list[tuple[int, int]] = field(default_factory=list)
    addressee: list[tuple[int, int]] = field(default_factory=list)
    sent: int = 0
    inherited: bool = False  # speaker taken over from an earlier quote (no own cue/speaker)
    nested: bool = False
    # the verb of a Reported speech act ("dementierte den Bericht"): quotes-de gives such quotes no cue
    # (6 of 292 on train), the claims stage still reads it (certainty: denied)
    act: list[tuple[int, int]] = field(default_factory=list)
    # the step that made the quote ("crf" the taggers, "rule" a rule frame, "run" a multi-sentence direct
    # run, "nested", "act" / "comp" the act classifier's sentence / complement model), read by the quote judge
    origin: str = ""


@dataclass
class TSpan:
    """A token range [i, j) with a label, over the ``Tok`` list."""

    i: int
    j: int
    label: str


@lru_cache(maxsize=4)
def _taggers(name: str):
    """The message and roles CRFs of a model directory, decoded in numpy (``quotes_crf``)."""
    path = models_dir() / name
    files = (path / "message.crfsuite", path / "roles.crfsuite")
    if not all(f.exists() for f in files):
        return None
    from .. import built_cache
    from . import quotes_crf

    def build():
        return quotes_crf.CRFPair.from_crfsuite(*files)

    if not path.resolve().is_relative_to(models_dir().resolve()):
        return build()  # fold and tuning taggers (training/runs): each one new, a 30 MB pickle apiece
    # the shipped taggers are read from ~/.cache when built before from these files by this code:
    # 0.22-0.24 CPU s to build, 0.04-0.06 to read (bench/README.md, twenty-fourth round)
    return built_cache.cached("quote-crfs", list(files), [Path(quotes_crf.__file__)], build, quotes_crf.CRFPair)


def model_available(lang: str) -> bool:
    name = config().get("model", {}).get(lang)
    return bool(name) and _taggers(name) is not None


def decode_bio(labels: list[str]) -> list[TSpan]:
    spans: list[TSpan] = []
    cur: TSpan | None = None
    for i, lab in enumerate(labels):
        if lab == "O":
            cur = None
            continue
        bio, typ = lab[:1], lab[2:]
        if bio == "B" or cur is None or cur.label != typ or cur.j != i:
            cur = TSpan(i, i + 1, typ)
            spans.append(cur)
        else:
            cur.j = i + 1
    return spans


def _chars(toks: list[Tok], s: TSpan) -> tuple[int, int]:
    return toks[s.i].start, toks[s.j - 1].end


def _dist(a: TSpan, b: TSpan) -> int:
    if a.j <= b.i:
        return b.i - a.j
    if b.j <= a.i:
        return a.i - b.j
    return 0


def _sents(toks: list[Tok], s: TSpan) -> range:
    return range(toks[s.i].sent, toks[s.j - 1].sent + 1)


SENTENCE_END = {".", "!", "?", ":", "“", "”", '"', "«", "»", "…"}


def clip_at_frames(toks: list[Tok], msgs: list[TSpan], cue_sents: set[int]) -> list[TSpan]:
    """A message running on past a paragraph break or into a sentence with a cue of its own
    ends at that sentence boundary: the next sentence is a new quote or none."""
    out: list[TSpan] = []
    for m in msgs:
        j = m.j
        for k in range(m.i + 1, m.j):
            if toks[k].sent != toks[k - 1].sent and (
                    toks[k].sent in cue_sents or toks[k - 1].text not in SENTENCE_END):
                j = k
                break
        out.append(TSpan(m.i, j, m.label))
    return out


PARTICLES = {"mit", "an", "bekannt", "hinzu", "fest", "zu", "vor", "ab", "aus", "ein", "zurück", "hin", "klar", "dar"}
# separable particles the parse may attach to a cue verb (a wider set than the tagger back-off above)
VERB_PARTICLES = PARTICLES | {"auf", "hervor", "fort", "heraus", "entgegen", "hinaus", "zusammen"}


def _with_particles(toks: list[Tok], cues: list[TSpan], pieces: list[TSpan]) -> list[TSpan]:
    """Separable verb particles and "wie" belong to the cue ("teilte … mit", "wie … mitteilte")."""
    have = {k for c in cues for k in range(c.i, c.j)}
    out = list(cues)
    c = cues[0]
    in_msg = {k for p in pieces for k in range(p.i, p.j)}
    if all(toks[k].text.lower() in PARTICLES for k in have):
        # "fügte die Zeitung hinzu" with only the particle tagged: its verb is a few tokens back
        from .quotes_features import lexicon

        lx = lexicon("de")
        for j in range(c.i - 1, max(-1, c.i - 7), -1):
            if toks[j].sent != toks[c.i].sent or j in in_msg:
                break
            if toks[j].text[:1].islower() and lx.is_rule_cue(toks[j].text.lower()):
                out.insert(0, TSpan(j, j + 1, "CUE"))
                return sorted(out, key=lambda t: t.i)
    k = c.j
    while k < len(toks) and toks[k].sent == toks[c.i].sent and k not in in_msg and toks[k].text not in (",", ".", ":", ";") \
            and k - c.j < 12:
        k += 1
    last = k - 1
    if last >= c.j and last not in have and last not in in_msg and toks[last].text.lower() in PARTICLES:
        out.append(TSpan(last, last + 1, "CUE"))
    # "Wie der Sprecher mitteilte, …"
    j = c.i - 1 if config().get("model", {}).get("cue_wie", True) else -1
    while j >= 0 and toks[j].sent == toks[c.i].sent and c.i - j <= 8 and toks[j].text not in (",", ".", ":", ";") \
            and j not in in_msg:
        if toks[j].text.lower() == "wie" and (j == 0 or toks[j - 1].text in (",", ".") or toks[j].is_sent_start):
            if j not in have:
                out.append(TSpan(j, j + 1, "CUE"))
            break
        j -= 1
    return sorted(out, key=lambda t: t.i)


def _with_apposition(doc, toks: list[Tok], sp: TSpan, blocked: set[int], by_i: dict[int, int] | None = None) -> TSpan:
    """quotes-de's speaker keeps the apposition: "Ursula Castrup, die Leiterin der Fachstelle",
    "Ein Sprecher der Polizei, Commander Randy Henderson". ``by_i``: doc index -> Tok index, when
    the caller has it."""
    if not doc.has_annotation("DEP"):
        return sp
    if by_i is None:
        by_i = {t.i: k for k, t in enumerate(toks)}
    ids = {toks[k].i for k in range(sp.i, sp.j) if toks[k].i >= 0}
    roots = [doc[i] for i in ids if doc[i].head.i not in ids or doc[i].head.i == i]
    if len(roots) != 1:
        return sp
    r = roots[0]
    heads = [r.head] if r.dep_ == "appos" else [r]
    cover = set()
    for h in heads:
        cover |= {x.i for x in h.subtree} if h is not r else {x.i for c in r.children if c.dep_ == "appos" for x in c.subtree}
    if not cover:
        return sp
    ks = sorted(by_i[i] for i in cover | ids if i in by_i)
    a, b = ks[0], ks[-1] + 1
    while b > a and toks[b - 1].text in (",", ".", ";", ":"):
        b -= 1
    if b - a > 20 or any(k in blocked for k in range(a, b)) or any(toks[k].sent != toks[sp.i].sent for k in (a, b - 1)):
        return sp
    if b - a != len(range(a, b)) or a > sp.i or b < sp.j:
        return sp
    return TSpan(a, b, sp.label)


OBJECT_DEPS = {"iobj", "obj", "obl", "obl:arg", "advmod", "nmod", "obl:tmod"}


def _is_object_of(doc, toks: list[Tok], sp: TSpan, c: int) -> bool:
    """Whether the span's head word is an object/oblique of the cue verb (or of its auxiliary)."""
    if not doc.has_annotation("DEP") or toks[c].i < 0:
        return False
    verb = doc[toks[c].i]
    heads = {verb.i, verb.head.i}
    ids = {toks[k].i for k in range(sp.i, sp.j) if toks[k].i >= 0}
    roots = [doc[i] for i in ids if doc[i].head.i not in ids or doc[i].head.i == i]
    return bool(roots) and all(r.dep_ in OBJECT_DEPS and r.head.i in heads for r in roots)


CUE_AUX_DEPS = {"aux", "aux:pass", "compound:prt"}
# a source preposition tagged as cue is never the verb of a verb complex, whatever the tagger calls it (the
# width-64 de_core tags "laut" in "war Kritik laut geworden" VVPP, and its auxiliary joined the cue)
FRAME_PREPS = {"laut", "zufolge", "gemäß", "nach", "demnach", "wonach"}
# quotes-de annotates the whole verb complex as the cue: "hatte … erklärt", "heißt es",
# "äußerte sich", "geht davon aus" (train: 785 of 2011 cues have several tokens)
CUE_EXTRA = {"heißen": {"es"}, "äußern": {"sich"}, "zeigen": {"sich"}, "gehen": {"davon"},
             "ausgehen": {"davon"}, "hinweisen": {"darauf"}, "weisen": {"darauf"}, "sprechen": {"davon"}}


def _particle_ok(toks: list[Tok], j: int, in_msg: set[int], dep: str) -> bool:
    """A separated particle stands at the clause's right edge ("teilte … mit, …"); a "zu" or
    "ein" the parser calls a particle in the middle ("sagte zu den Vorwürfen") is not one."""
    if dep != "compound:prt":
        return True
    if toks[j].text.lower() not in VERB_PARTICLES:
        return False
    n = j + 1
    return n >= len(toks) or toks[n].sent != toks[j].sent or n in in_msg or not toks[n].text[:1].isalnum()


def stray_particles(doc, toks: list[Tok], k: int, ok) -> set[int]:
    """The separable particle (and a pronominal adverb right before it, "ruft … dazu auf") that
    the parser hung on a non-verb but that belongs to the finite verb at ``k`` (see
    quotes_rules.stray_particle_verb); ``ok(j)`` says whether token j may join the cue."""
    from .quotes_rules import CLAUSE_STOPS, stray_particle_verb

    out: set[int] = set()
    v = doc[toks[k].i]
    extra = CUE_EXTRA.get(v.lemma_.lower(), set())
    for j in range(k + 1, min(len(toks), k + 25)):
        if toks[j].sent != toks[k].sent or toks[j].text in CLAUSE_STOPS:
            break
        if not ok(j) or toks[j].i < 0 or stray_particle_verb(doc, toks, j) != k:
            continue
        t = doc[toks[j].i]
        if t.tag_ == "PTKVZ":
            if _particle_ok(toks, j, set(), "compound:prt"):
                out.add(j)
                if j - 1 > k and toks[j - 1].text.lower() in PRONOMINAL_ADVERBS and ok(j - 1):
                    out.add(j - 1)
        elif t.text.lower() in extra:
            out.add(j)
    return out


def cue_complex(doc, toks: list[Tok], cues: list[TSpan], pieces: list[TSpan]) -> list[TSpan]:
    """Add the cue verb's auxiliaries, particle and fixed pronouns from the parse."""
    if not doc.has_annotation("DEP"):
        return cues
    from .quotes_rules import stray_particle_verb

    by_i = {t.i: k for k, t in enumerate(toks)}
    have = {k for c in cues for k in range(c.i, c.j)}
    in_msg = {k for p in pieces for k in range(p.i, p.j)}
    add: set[int] = set()
    for k in list(have):
        # a tagged particle whose verb the parse does not give ("ging … noch davon aus")
        v = stray_particle_verb(doc, toks, k) if toks[k].i >= 0 else None
        if v is not None and v not in have and v not in in_msg and toks[v].text[:1].islower():
            add.add(v)
    for k in list(have | add):
        if toks[k].i < 0 or not toks[k].text[:1].islower():
            continue
        v = doc[toks[k].i]
        if v.pos_ not in ("VERB", "AUX") or v.text.lower() in FRAME_PREPS:
            continue
        extra = CUE_EXTRA.get(v.lemma_.lower(), set())
        for ch in v.children:
            j = by_i.get(ch.i)
            if j is None or j in have or j in in_msg or toks[j].sent != toks[k].sent:
                continue
            if (ch.dep_ in CUE_AUX_DEPS and _particle_ok(toks, j, in_msg, ch.dep_)) or ch.text.lower() in extra:
                add.add(j)
        add |= stray_particles(doc, toks, k, lambda j: j not in have and j not in in_msg)
    add -= have
    if not add:
        return cues
    return sorted(cues + [TSpan(j, j + 1, "CUE") for j in add], key=lambda t: t.i)


RELATIVE = {"die", "der", "das", "welche", "welcher", "welches", "denen", "dem", "den", "deren", "dessen"}


def _out_of_relative_clause(toks: list[Tok], sp: TSpan, cues: list[TSpan]) -> TSpan:
    """"Mit den Diskussionen vertraute Beamte, die unter der Bedingung der Anonymität sprachen,
    stellten fest": a speaker tagged inside the relative clause is the noun group before it,
    with the clause."""
    from .quotes_rules import _np_start

    rel = None
    for k in range(sp.i, max(sp.i - 4, 0) - 1, -1):
        if k > 0 and toks[k].text.lower() in RELATIVE and toks[k - 1].text == "," and toks[k].sent == toks[sp.i].sent:
            rel = k
            break
    if rel is None:
        return sp
    start = _np_start(toks, rel - 1, 0)
    while start < rel - 1 and toks[start].sent != toks[sp.i].sent:
        start += 1
    if start >= rel - 1:
        return sp
    end = sp.j
    # the clause ends at the comma before the cue
    for c in cues:
        if c.i > sp.j:
            k = c.i - 1
            if toks[k].text == ",":
                end = k
            break
    return TSpan(start, end, sp.label)


def _cut_leading_frame(toks: list[Tok], p: TSpan, cues: list[TSpan], inq: list[int], lang: str) -> TSpan:
    """An indirect message that swallowed its own frame ("Bei … sagte Rice, die USA …")
    starts after the comma that closes the frame."""
    from .quotes_features import lexicon

    lx = lexicon(lang)
    tagged = {k for c in cues for k in range(c.i, c.j)}
    for k in range(p.i, min(p.j, p.i + 16)):
        if inq[k] or not (k in tagged or (toks[k].text[:1].islower() and lx.is_rule_cue(toks[k].text.lower()))):
            continue
        for m in range(k + 1, min(p.j - 2, k + 9)):
            if toks[m].text == ",":
                return TSpan(m + 1, p.j, p.label)
            if toks[m].text in (".", ":", ";"):
                break
    return p


def group(toks: list[Tok], msgs: list[TSpan], roles: list[TSpan], inherit_window: int = 3,
          lang: str = "de", doc=None) -> list[RawQuote]:
    """Join tagged message pieces into quotes and give each its cue, speaker and addressee."""
    cfg_parse = config().get("model", {}).get("speaker_parse", True)
    cues = [r for r in roles if r.label in ("CUE", "CS")]
    spks = [r for r in roles if r.label in ("SPK", "CS")]
    adrs = [r for r in roles if r.label == "ADR"]
    from .quotes_rules import STRONG_CUES

    inq = rule_quote_depth(toks)
    cue_sents = {toks[c.i].sent for c in cues} | {
        t.sent for k, t in enumerate(toks) if not inq[k] and t.text.lower() in STRONG_CUES}
    msgs = clip_at_frames(toks, msgs, cue_sents)
    # a quote interrupted by its frame („A“, sagte er, „B“) is one quote in two pieces
    quotes: list[list[TSpan]] = []
    for m in msgs:
        if quotes:
            last = quotes[-1][-1]
            gap = range(last.j, m.i)
            frame_only = all(
                any(r.i <= k < r.j for r in roles) or not toks[k].text[:1].isalnum() for k in gap
            )
            near = m.i - last.j <= 12 and toks[m.i].sent - toks[last.j - 1].sent <= (1 if m.label == "Direct" else 0)
            if m.label == last.label and near and gap and frame_only and any(r.i >= last.j and r.j <= m.i for r in roles):
                quotes[-1].append(m)
                continue
        quotes.append([m])

    def covers(pieces: list[TSpan], r: TSpan) -> bool:
        return any(p.i <= r.i and r.j <= p.j for p in pieces)

    out: list[RawQuote] = []
    prev: RawQuote | None = None
    prev_sent = -99
    for pieces in quotes:
        sents = set()
        for p in pieces:
            sents.update(_sents(toks, p))
        mode = pieces[0].label
        if mode == "Indirect":
            pieces[0] = _cut_leading_frame(toks, pieces[0], cues, inq, lang)
        whole = TSpan(pieces[0].i, pieces[-1].j, mode)

        def in_scope(r: TSpan, pieces=pieces, sents=sents, mode=mode) -> bool:
            if toks[r.i].sent not in sents:
                return False
            # a Reported message is the whole sentence, speaker included
            return mode == "Reported" or not covers(pieces, r)

        my_cues = [c for c in cues if in_scope(c)]
        if not my_cues and mode in ("Indirect", "Direct"):
            # the tagger found the message but not its cue: a lexicon verb in the same sentence
            from .quotes_features import lexicon

            lx = lexicon(lang)
            sent_ids = {toks[pieces[0].i].sent}
            cand = [k for k in range(len(toks)) if toks[k].sent in sent_ids and not inq[k]
                    and toks[k].text[:1].islower() and lx.is_rule_cue(toks[k].text.lower())
                    and not covers(pieces, TSpan(k, k + 1, ""))]
            if cand:
                k = min(cand, key=lambda k: _dist(TSpan(k, k + 1, ""), whole))
                if _dist(TSpan(k, k + 1, ""), whole) <= 12:
                    my_cues = [TSpan(k, k + 1, "CUE")]
        # keep the cue pieces next to the message: a sentence with two quotes has two cues
        if my_cues:
            best = min(my_cues, key=lambda c: _dist(c, whole))
            my_cues = [c for c in my_cues if _dist(c, best) <= 6 or c is best]
        if mode == "Indirect" and my_cues:
            # "stellten fest, dass Trump Interesse bekundet, sich aber … habe": the message
            # starts at the complementizer after its cue
            before = [c for c in my_cues if c.j <= pieces[0].i]
            if before:
                c_end = max(c.j for c in before)
                comp = [k for k in range(c_end, pieces[0].i)
                        if toks[k].text.lower() in ("dass", "ob", "wonach") and toks[k].sent == toks[pieces[0].i].sent]
                if comp and not any(r.i < pieces[0].i and r.j > comp[0] for r in spks):
                    pieces[0] = TSpan(comp[0], pieces[0].j, pieces[0].label)
                    whole = TSpan(pieces[0].i, pieces[-1].j, mode)
        if mode in ("Indirect", "IndirectFreeIndirect") and my_cues and all(c.i >= whole.j for c in my_cues):
            # "Auch wenn die Details noch unklar seien, müsste …, fügte die Zeitung hinzu":
            # with the frame after it, the message runs from the sentence start
            k0 = pieces[0].i
            first = k0
            while first > 0 and toks[first - 1].sent == toks[k0].sent:
                first -= 1
            tagged = {k for r in roles for k in range(r.i, r.j)}
            if 0 < k0 - first <= 8 and not any(k in tagged for k in range(first, k0)) and not any(
                    toks[k].text in (".", ":", ";") or inq[k] for k in range(first, k0)):
                pieces[0] = TSpan(first, pieces[0].j, pieces[0].label)
                whole = TSpan(pieces[0].i, pieces[-1].j, mode)
        anchor = my_cues[0] if my_cues else whole
        my_spks = [s for s in spks if in_scope(s)]
        speaker = min(my_spks, key=lambda s: (_dist(s, anchor), _dist(s, whole))) if my_spks else None
        if lang == "de" and my_cues and doc is not None and cfg_parse and mode in ("Indirect", "Direct") \
                and config().get("model", {}).get("subject_first", True):
            # the cue verb's grammatical subject beats a tagged noun group that is not it
            # ("Der Staatssekretär sagte der „Berliner Zeitung“, …")
            from .quotes_rules import parse_subject

            blocked = {k for p in pieces for k in range(p.i, p.j)}
            verbs = [c.i for c in my_cues if toks[c.i].pos in ("VERB", "AUX") and toks[c.i].text[:1].islower()]
            rng = parse_subject(doc, toks, verbs[0], blocked) if verbs else None
            if rng and (speaker is None or not (speaker.i < rng[1] and rng[0] < speaker.j)):
                speaker = TSpan(rng[0], rng[1], "SPK")
        elif lang == "de" and speaker is not None and my_cues and doc is not None and cfg_parse \
                and config().get("model", {}).get("subject_over_object", True):
            # only where the tagged speaker is the verb's object ("sagte der „Berliner Zeitung“",
            # "teilte dem Fernsehsender CNN mit"): its subject is the speaker
            from .quotes_rules import parse_subject

            verbs = [c.i for c in my_cues if toks[c.i].pos in ("VERB", "AUX") and toks[c.i].text[:1].islower()]
            if verbs and _is_object_of(doc, toks, speaker, verbs[0]):
                blocked = {k for p in pieces for k in range(p.i, p.j)}
                rng = parse_subject(doc, toks, verbs[0], blocked)
                if rng and not (speaker.i < rng[1] and rng[0] < speaker.j):
                    speaker = TSpan(rng[0], rng[1], "SPK")
        if lang == "de" and speaker is not None:
            speaker = _out_of_relative_clause(toks, speaker, my_cues)
            outside = [c for c in my_cues if not (speaker.i <= c.i and c.j <= speaker.j)]
            my_cues = outside or my_cues
        if lang == "de" and speaker is not None and my_cues:
            from .quotes_rules import trim_speaker

            same = [c for c in cues if toks[c.i].sent == toks[speaker.i].sent] or my_cues
            near = min(same, key=lambda c: _dist(c, speaker))
            a, b = trim_speaker(toks, (speaker.i, speaker.j), (near.i, near.j))
            speaker = TSpan(a, b, speaker.label)
        if lang == "de" and speaker is not None and doc is not None and cfg_parse \
                and config().get("model", {}).get("speaker_apposition", True):
            speaker = _with_apposition(doc, toks, speaker, {k for p in pieces for k in range(p.i, p.j)})
        if speaker is None and mode == "Reported" and lang == "de":
            from .quotes_features import lexicon
            from .quotes_rules import fallback_speaker

            lx = lexicon(lang)
            verbs = [k for p in pieces for k in range(p.i, p.j)
                     if toks[k].text[:1].islower() and lx.is_rule_cue(toks[k].text.lower())]
            rng = fallback_speaker(toks, verbs[0], set()) if verbs else None
            if rng is None and doc is not None and cfg_parse and config().get("model", {}).get("reported_subject", False):
                # a speech act without a cue word ("Die Opposition wies die Änderungen zurück"):
                # the subject of the message's main verb
                from .quotes_rules import parse_subject

                roots = [k for p in pieces for k in range(p.i, p.j) if toks[k].i >= 0
                         and doc[toks[k].i].dep_ == "ROOT" and toks[k].pos in ("VERB", "AUX")]
                rng = parse_subject(doc, toks, roots[0], set()) if roots else None
            speaker = TSpan(rng[0], rng[1], "SPK") if rng else None
        if speaker is None and my_cues and doc is not None and cfg_parse:
            from .quotes_rules import parse_subject

            blocked = {k for p in pieces for k in range(p.i, p.j)}
            rng = None
            # "ging davon aus", "Wie … mitteilte": the first cue token need not be the verb
            for c in (my_cues if config().get("model", {}).get("subject_any_cue", True) else my_cues[:1]):
                rng = parse_subject(doc, toks, c.i, blocked)
                if rng:
                    break
            speaker = TSpan(rng[0], rng[1], "SPK") if rng else None
        if speaker is None and my_cues and lang == "de":
            from .quotes_rules import fallback_speaker

            blocked = {k for p in pieces for k in range(p.i, p.j)}
            rng = fallback_speaker(toks, my_cues[0].i, blocked)
            speaker = TSpan(rng[0], rng[1], "SPK") if rng else None
        if not my_cues and speaker is not None and mode not in ("Reported", "IndirectFreeIndirect", "FreeIndirect"):
            # the tagger saw the speaker but not its verb ("…, fügte die Zeitung hinzu")
            from .quotes_features import lexicon

            lx = lexicon(lang)
            near = [k for k in (speaker.i - 1, speaker.i - 2, speaker.j, speaker.j + 1)
                    if 0 <= k < len(toks) and toks[k].sent == toks[speaker.i].sent
                    and lx.is_rule_cue(toks[k].text.lower()) and not covers(pieces, TSpan(k, k + 1, ""))]
            if near:
                my_cues = [TSpan(near[0], near[0] + 1, "CUE")]
        if my_cues and lang == "de":
            my_cues = _with_particles(toks, my_cues, pieces)
            if doc is not None and cfg_parse and config().get("model", {}).get("cue_complex", True):
                my_cues = cue_complex(doc, toks, my_cues, pieces)
        my_adrs = [a for a in adrs if in_scope(a)]
        addressee = min(my_adrs, key=lambda a: _dist(a, anchor)) if my_adrs else None
        q = RawQuote(
            message=[_chars(toks, p) for p in pieces],
            mode=mode,
            cue=[_chars(toks, c) for c in my_cues],
            speaker=[_chars(toks, speaker)] if speaker else [],
            addressee=[_chars(toks, addressee)] if addressee else [],
            sent=toks[pieces[0].i].sent,
        )
        if not q.speaker and prev is not None and q.sent - prev_sent <= inherit_window and prev.speaker:
            q.speaker = list(prev.speaker)
            q.inherited = True
        out.append(q)
        prev, prev_sent = q, toks[pieces[-1].j - 1].sent
    return out


def _quoted_name(doc, toks: list[Tok], a: int, b: int) -> bool:
    """The words between the marks toks[a] and toks[b - 1] are a name, not speech: no verb, and
    every word inside a named entity („Financial Times“, „Hvalur 9“), or at least two words that
    are all proper nouns or numbers („Schäuble I“)."""
    words = [toks[k] for k in range(a + 1, b - 1) if toks[k].text[:1].isalnum()]
    if not words or any(t.i < 0 for t in words):
        return False
    sp = [doc[t.i] for t in words]
    if any(t.pos_ in ("VERB", "AUX") for t in sp):
        return False
    if all(t.ent_type_ for t in sp):
        return True
    return len(sp) >= 2 and all(t.pos_ in ("PROPN", "NUM") for t in sp)


def nested_direct(toks: list[Tok], quotes: list[RawQuote], min_tokens: int = 1, doc=None) -> list[RawQuote]:
    """Quoted fragments inside an indirect message („wirkliche Garantie“) as nested Direct quotes;
    with ``doc``, quoted names (_quoted_name) are left out."""
    inq = rule_quote_depth(toks)
    out: list[RawQuote] = []
    i = 0
    spans: list[tuple[int, int]] = []
    while i < len(toks):
        if inq[i]:
            j = i
            while j + 1 < len(toks) and inq[j + 1] and toks[j + 1].sent - toks[i].sent <= 2:
                j += 1
            spans.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    # a tagged fragment that direct_outer already nested under its frame is that fragment: a second
    # Direct quote on the same span would count twice
    have = {tuple(q.message) for q in quotes if q.mode == "Direct"}
    for a, b in spans:
        if b - a - 2 < min_tokens:
            continue
        cs, ce = toks[a].start, toks[b - 1].end
        if ((cs, ce),) in have:
            continue
        if doc is not None and _quoted_name(doc, toks, a, b):
            continue
        for q in quotes:
            if q.mode == "Direct":
                continue
            if any(s <= cs and ce <= e and (s, e) != (cs, ce) for s, e in q.message):
                # names of newspapers and titles are quoted too; those are not speech
                text_words = b - a - 2
                if text_words >= 1 and toks[a + 1].text[:1].isupper() and text_words <= 3 and q.speaker and \
                        any(s <= cs and ce <= e for s, e in q.speaker):
                    continue
                out.append(RawQuote(message=[(cs, ce)], mode="Direct", cue=list(q.cue), speaker=list(q.speaker),
                                    sent=toks[a].sent, nested=True))
                break
    return out


def inherit_direct_cues(toks: list[Tok], quotes: list[RawQuote], window: int) -> None:
    """A Direct quote without a cue in a sentence where no quote has one takes the cue of the
    nearest earlier quote with a cue at most ``window`` sentences back: quotes-de gives a quoted
    fragment in a continuation the cue that opened the speech ("Von der Leyen betonte, … . Sie
    seien „selbstverständlich … geeignet“" -> cue "betonte")."""
    starts = [t.start for t in toks]

    def sent(q: RawQuote) -> int:
        return toks[min(len(toks) - 1, bisect_left(starts, q.message[0][0]))].sent

    sents = [sent(q) for q in quotes]
    cued_sents = {s for q, s in zip(quotes, sents) if q.cue}
    for q, sq in zip(quotes, sents):
        if q.cue or q.mode != "Direct" or sq in cued_sents:
            continue
        prev = [(sp, p.message[0][0], p) for p, sp in zip(quotes, sents)
                if p.cue and p.message[0][0] < q.message[0][0] and 0 < sq - sp <= window]
        if prev:
            q.cue = list(max(prev, key=lambda x: x[:2])[2].cue)


def _outer_of_fragments(toks: list[Tok], r: RawQuote, hit: list[RawQuote], min_words: int = 1) -> bool:
    """Whether every quote ``r`` overlaps is a Direct fragment whose words lie inside it, none
    opened after a colon ("zufrieden: „Ein guter Start“" is a Direct quote of its own), and
    ``r`` has at least ``min_words`` words outside them."""
    if any(q.mode != "Direct" or q.nested for q in hit):
        return False
    rs, re_ = r.message[0][0], r.message[-1][1]
    inside = [(s, e) for q in hit for s, e in q.message]
    starts = [t.start for t in toks]
    own = 0
    for s, _ in inside:
        k = bisect_left(starts, s)
        if k > 0 and toks[k - 1].text == ":":
            return False
    for t in toks[bisect_left(starts, min([rs] + [s for s, _ in inside])):]:
        if t.start >= max([re_] + [e for _, e in inside]):
            break
        if not t.text[:1].isalnum():
            continue
        in_frag = any(s <= t.start < e for s, e in inside)
        in_r = any(s <= t.start < e for s, e in r.message)
        if in_frag and not in_r:
            return False
        own += in_r and not in_frag
    return own >= min_words


def _add_rule_frames(toks: list[Tok], quotes: list[RawQuote], doc=None) -> list[RawQuote]:
    """Frames the tagger missed ("Nach Angaben der Polizei …"), where it found nothing."""
    from .quotes_rules import german_frames

    out = list(quotes)
    extra = german_frames(toks)
    cue_lemmas = frozenset(config().get("de", {}).get("indirect_lemmas", []))
    if doc is not None and cue_lemmas and config().get("model", {}).get("parsed_indirect", True):
        from .quotes_rules import parsed_indirect

        zu = tuple(config().get("de", {}).get("indirect_zu_stems", [])) \
            if config().get("model", {}).get("parsed_indirect_zu", False) else ()
        extra += parsed_indirect(doc, toks, cue_lemmas, zu, tuple(config().get("de", {}).get("indirect_stems", [])))
    if doc is not None and config().get("model", {}).get("light_verb_rule", False):
        from .quotes_rules import light_verb_indirect

        extra += light_verb_indirect(doc, toks, frozenset(config().get("de", {}).get("light_verb_nouns", [])))
    attitude: list[RawQuote] = []
    if doc is not None and config().get("model", {}).get("attitude_rule", False):
        from .quotes_rules import parsed_indirect

        # only where nothing else lies: letting these frames fill or replace tagged quotes cost
        # cue precision on train
        att = frozenset(config().get("de", {}).get("attitude_lemmas", [])) - cue_lemmas
        attitude = parsed_indirect(doc, toks, att) if att else []
    if doc is not None and config().get("model", {}).get("wie_frames", False):
        from .quotes_rules import wie_frames

        extra += wie_frames(doc, toks, cue_lemmas | frozenset(config().get("de", {}).get("wie_frame_lemmas", [])))
    stems = tuple(config().get("de", {}).get("reported_stems", []))
    if stems:
        from .quotes_rules import reported_acts

        de = config().get("de", {})
        extra += reported_acts(toks, stems, doc if config().get("model", {}).get("reported_parse", True) else None,
                               frozenset(de.get("reported_lemmas", [])), de.get("reported_max_quoted", 0.0),
                               de.get("reported_stem_needs", {}),
                               frozenset(de.get("reported_hanta_lemmas", [])))
    fill = config().get("model", {}).get("fill_from_frames", True)
    outer = config().get("model", {}).get("direct_outer", False)
    surface: list[RawQuote] = []
    if doc is not None and outer and cue_lemmas and config().get("model", {}).get("direct_outer_surface", False):
        from .quotes_rules import surface_indirect

        # the complement the parse missed, only as an outer quote around tagged Direct fragments
        surface = [r for r in surface_indirect(doc, toks, cue_lemmas)
                   if not any(r.message[0][0] < x.message[-1][1] and x.message[0][0] < r.message[-1][1] for x in extra)]
    for r in extra + surface:
        is_surface = any(r is x for x in surface)
        rs, re_ = r.message[0][0], r.message[-1][1]
        hit = [q for q in out if any(s < re_ and rs < e for s, e in q.message)]
        if hit and outer and r.cue and r.mode == "Indirect" and _outer_of_fragments(toks, r, hit):
            # "Ein Polizeisprecher meinte, der Ehemann „konnte … nicht abfinden“": quotes-de
            # marks the complement as the Indirect quote and the quoted words as a Direct
            # quote nested in it, with the outer quote's cue and speaker
            r.message = [(min([rs] + [q.message[0][0] for q in hit]), max([re_] + [q.message[-1][1] for q in hit]))] \
                if len(r.message) == 1 else r.message
            for q in hit:
                q.nested = True
                q.cue = list(r.cue)
                if r.speaker:
                    q.speaker, q.inherited = list(r.speaker), False
            if not r.speaker and hit[0].speaker:
                r.speaker = list(hit[0].speaker)
            out.append(r)
            continue
        if is_surface:
            continue
        if hit:
            # the tagger found the message but not its frame ("…, so die Studie", "laut X"):
            # take cue and speaker from the rule, where they lie outside the message
            q = hit[0]
            inside = any(s <= a < e for a, _ in r.cue + r.speaker for s, e in q.message)
            if fill and r.cue and q.mode != "Direct" and (inside or not q.cue) and not q.nested \
                    and config().get("model", {}).get("fill_replace", True):
                # "Anschließend sei laut el-Baradei …": the frame sits inside what the tagger
                # took for a free continuation; the sentence minus its frame is the message
                q.message, q.cue, q.mode, q.inherited = list(r.message), list(r.cue), "Indirect", False
                if r.speaker:
                    q.speaker = list(r.speaker)
            elif fill and config().get("model", {}).get("fill_extend", True) and q.mode == "Indirect" and r.cue \
                    and r.cue[0] in q.cue and \
                    sum(e - s for s, e in r.message) > sum(e - s for s, e in q.message):
                # same frame, the tagger's message stopped at it ("Eine Runde werde nach Angaben …")
                q.message = list(r.message)
            elif fill and r.cue and not q.cue and q.mode == "Direct" and not inside:
                q.cue = list(r.cue)
                if r.speaker and (not q.speaker or q.inherited):
                    q.speaker, q.inherited = list(r.speaker), False
            continue
        out.append(r)
    for r in attitude:
        rs, re_ = r.message[0][0], r.message[-1][1]
        if not any(s < re_ and rs < e for q in out for s, e in q.message):
            out.append(r)
    out.sort(key=lambda q: q.message[0])
    if doc is not None and config().get("model", {}).get("reported_complement", False):
        from .quotes_rules import reported_complements

        de = config().get("de", {})
        reported_complements(doc, toks, out, cue_lemmas | frozenset(de.get("reported_lemmas", [])),
                             tuple(de.get("indirect_stems", [])) + tuple(de.get("reported_stems", [])),
                             tuple(de.get("indirect_zu_stems", [])))
    if config().get("model", {}).get("free_indirect", True):
        from .quotes_rules import free_indirect

        out.extend(free_indirect(toks, out, config().get("model", {}).get("free_indirect_window", 2)))
        out.sort(key=lambda q: q.message[0])
    return out


HEAD_CUE_DEPS = {"ccomp", "xcomp", "parataxis"}
CLAUSE_ENDS = {".", "!", "?", ";"}


SOURCE_PREPS = {"laut", "zufolge", "demnach", "danach", "wonach", "gemäß"}


def _frame_word(doc, toks: list[Tok], cand: list[int], in_msg: set[int], inq: list[int], speech: frozenset[str],
                lx) -> int | None:
    """A source frame in the sentence of an Indirect quote without a cue: "nach" with its noun
    ("Nach Angaben der Polizei", "ihrer Meinung nach", "nach Auskunft der NASA"), "laut",
    "zufolge", "demnach", or the speech verb of a "wie"-clause ("Wie eine Studie ergab, …").
    The frame may sit inside the message, as the tagger often swallows it."""
    angaben = SOURCE_NOUNS | frozenset(config().get("de", {}).get("angaben", []))
    hits: list[int] = []
    for k in cand:
        t = toks[k]
        if inq[k] or t.i < 0:
            continue
        w = t.text.lower()
        tok = doc[t.i]
        hit = False
        if w in SOURCE_PREPS:
            hit = True
        elif w == "nach" and tok.pos_ == "ADP":
            n = tok.head if tok.dep_ == "case" else None
            hit = n is not None and n.text.lower() in angaben
        elif tok.pos_ == "VERB" and any(c.dep_ == "mark" and c.text.lower() == "wie" for c in tok.children) \
                and (_lemma_in(tok, speech) or lx.is_rule_cue(w)):
            hit = True
        if hit:
            hits.append(k)
    # a frame outside the message first
    hits.sort(key=lambda k: k in in_msg)
    return hits[0] if hits else None


def _lemma_in(tok, lemmas: frozenset[str]) -> bool:
    from .quotes_rules import _verb_lemma

    return _verb_lemma(tok) in lemmas


SOURCE_NOUNS = frozenset({
    "angaben", "meinung", "ansicht", "auffassung", "auskunft", "aussage", "aussagen", "auskünften", "worten",
    "darstellung", "einschätzung", "schätzungen", "schätzung", "informationen", "berichten", "bericht",
    "erkenntnissen", "erkenntnisstand", "ermittlungen", "polizeiangaben", "zeugenaussagen", "medienberichten",
    "überzeugung", "einschätzungen", "meldungen", "umfrage", "studie", "planungen", "berechnungen",
})


def _colon_cue(doc, toks: list[Tok], k0: int, inq: list[int], lx, speech: frozenset[str]) -> int | None:
    """The frame before a colon that opens a Direct quote at token ``k0`` ("lobte er … mit den
    Worten: „…“", "Koppelin wörtlich: „…“"): a speech verb or cue word of the clause before the
    colon, else its lower-case main verb, else "wörtlich". The sentence splitter often cuts at
    the colon, so the clause is read back from the colon to the previous full stop."""
    j = k0 - 1
    while j >= 0 and toks[j].text in QUOTE_CHARS:
        j -= 1
    if j < 0 or toks[j].text != ":" or inq[j]:
        return None
    clause = []
    for i in range(j - 1, max(-1, j - 40), -1):
        if toks[i].text in CLAUSE_ENDS or inq[i]:
            break
        clause.append(i)
    verbs, cues, literal = [], [], None
    for i in clause:
        w = toks[i].text
        if not w[:1].islower():
            continue
        t = doc[toks[i].i] if toks[i].i >= 0 else None
        if w.lower() in ("wörtlich", "folgendermaßen", "so"):
            literal = i if literal is None else literal
        if t is not None and t.pos_ == "VERB":
            from .quotes_rules import _verb_lemma

            (cues if _verb_lemma(t) in speech or lx.is_rule_cue(w.lower()) else verbs).append(i)
        elif lx.is_rule_cue(w.lower()) and t is not None and t.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            cues.append(i)
    # clause holds indices from the colon backwards: the first found is the nearest
    for group in (cues, verbs):
        if group:
            return group[0]
    return literal


def _holds_own_frame(doc, toks: list[Tok], in_msg: set[int], inq: list[int], speech: frozenset[str]) -> bool:
    """Whether the message holds its own frame: a speech verb at the root with a clausal
    complement ("Der Prozess könne … dauern, wird vermutet" tagged whole as the message)."""
    from .quotes_rules import _verb_lemma

    for k in in_msg:
        t = doc[toks[k].i] if toks[k].i >= 0 else None
        if t is not None and not inq[k] and t.dep_ == "ROOT" and t.pos_ == "VERB" and t.text[:1].islower() \
                and _verb_lemma(t) in speech and any(c.dep_ in ("ccomp", "parataxis", "advcl") for c in t.children):
            return True
    return False


def _verb_above_noun(doc, toks: list[Tok], ids: set[int], by_i: dict[int, int], speech: frozenset[str]) -> int | None:
    """The speech verb above a message that hangs on a noun ("beklagte bei diversen Fernsehauftritten,
    dass …": the width-64 de_core makes the clause an acl of the noun): the nearest verb ancestor
    of that noun, outside the message, in its sentence, if its lemma is in ``speech``."""
    from .quotes_rules import _verb_lemma

    for i in sorted(ids):
        t = doc[i]
        if t.head.i in ids or t.dep_ not in ("acl", "ccomp", "parataxis") or t.head.pos_ not in ("NOUN", "PROPN"):
            continue
        a = t.head
        if a.dep_ not in ("obl", "nmod"):
            return None
        for _ in range(3):
            if a.head.i == a.i:
                break
            a = a.head
            if a.pos_ == "VERB":
                h = by_i.get(a.i)
                if a.i not in ids and h is not None and toks[h].text[:1].islower() and _verb_lemma(a) in speech:
                    return h
                break
        return None
    return None


def fill_missing_cues(doc, toks: list[Tok], quotes: list[RawQuote], lang: str = "de") -> None:
    """A Direct or Indirect quote still without a cue takes the nearest cue word of its sentence
    (curated or learned lexicon), else, for a short quoted fragment, the sentence's main verb
    ("SPD-Innenexperte Wiefelspütz nannte den Bericht eine „Zeitungsente“")."""
    from .quotes_features import lexicon
    from .quotes_rules import covered_tokens

    lx = lexicon(lang)
    inq = rule_quote_depth(toks)
    by_start = {t.start: k for k, t in enumerate(toks)}
    # [first, last + 1) of each sentence: its tokens are consecutive
    s_bounds: dict[int, tuple[int, int]] = {}
    for k, t in enumerate(toks):
        lo_hi = s_bounds.get(t.sent)
        s_bounds[t.sent] = (k, k + 1) if lo_hi is None else (lo_hi[0], k + 1)
    parsed = doc is not None and doc.has_annotation("DEP")
    head_free = parsed and config().get("model", {}).get("cue_backoff_head_free", False)
    speech = frozenset(config().get(lang, {}).get("indirect_lemmas", []))
    colon = parsed and config().get("model", {}).get("cue_backoff_colon", False)
    frames_on = parsed and config().get("model", {}).get("cue_backoff_frame", False)
    own_frame = config().get("model", {}).get("cue_backoff_own_frame", False)
    for q in quotes:
        if q.cue or q.mode not in ("Direct", "Indirect") and not (head_free and q.mode in FREE_MODES):
            continue
        k0 = by_start.get(q.message[0][0])
        if k0 is None:
            continue
        sid = toks[k0].sent
        in_msg = covered_tokens(toks, q.message)
        lo, hi = s_bounds[sid]
        sent = [k for k in range(lo, hi) if k not in in_msg and not inq[k]]
        cand = [k for k in sent if toks[k].text[:1].islower() and lx.is_cue(toks[k].text.lower())] \
            if config().get("model", {}).get("cue_backoff_lexicon", True) else []
        pick = None
        if cand:
            pick = min(cand, key=lambda k: abs(k - k0))
        elif q.mode in FREE_MODES or (parsed and q.mode == "Indirect" and own_frame
                                      and _holds_own_frame(doc, toks, in_msg, inq, speech)):
            # "Der Prozess könne … dauern, wird vermutet": a free continuation that holds its own
            # frame (a speech verb at the root with a clausal complement) is an Indirect quote
            from .quotes_rules import _verb_lemma, parse_subject

            for k in sorted(in_msg):
                t = doc[toks[k].i] if toks[k].i >= 0 else None
                if t is None or inq[k] or t.dep_ != "ROOT" or t.pos_ != "VERB" or not t.text[:1].islower() \
                        or _verb_lemma(t) not in speech:
                    continue
                comp = [c for c in t.children if c.dep_ in ("ccomp", "parataxis", "advcl") and len(list(c.subtree)) >= 4]
                if not comp:
                    continue
                ids = sorted(by_i[x.i] for x in comp[0].subtree if x.i in by_i) if (by_i := {
                    toks[j].i: j for j in in_msg if toks[j].i >= 0}) else []
                while ids and not toks[ids[-1]].text[:1].isalnum():
                    ids.pop()
                while ids and not toks[ids[0]].text[:1].isalnum():
                    ids.pop(0)
                if len(ids) < 3 or ids[-1] - ids[0] + 1 != len(ids):
                    continue
                pick = k
                q.message = [(toks[ids[0]].start, toks[ids[-1]].end)]
                rng = parse_subject(doc, toks, k, set(ids))
                q.speaker = [(toks[rng[0]].start, toks[rng[1] - 1].end)] if rng else []
                q.mode, q.inherited = "Indirect", False
                in_msg = set(ids)
                break
        elif parsed and q.mode == "Indirect" and config().get("model", {}).get("cue_backoff_head", False):
            frame_first = config().get("model", {}).get("cue_backoff_frame_first", False)
            if frames_on and frame_first:
                pick = _frame_word(doc, toks, sorted(set(sent) | {j for j in in_msg if toks[j].sent == sid}), in_msg, inq, speech, lx)
            if pick is None:
                # "plant, die Befugnisse … zu erweitern", "spekuliert, die Motivation … seien": the
                # verb the message hangs on as its clausal complement
                ids = {toks[k].i for k in in_msg if toks[k].i >= 0}
                by_i = {toks[k].i: k for k in sent if toks[k].i >= 0}
                for i in sorted(ids):
                    t = doc[i]
                    h = by_i.get(t.head.i)
                    if t.head.i not in ids and h is not None and t.dep_ in HEAD_CUE_DEPS and t.head.pos_ == "VERB" \
                            and toks[h].text[:1].islower():
                        pick = h
                        break
                if pick is None and config().get("model", {}).get("cue_backoff_head_noun", False):
                    pick = _verb_above_noun(doc, toks, ids, by_i, speech)
            if pick is None and frames_on and not frame_first:
                pick = _frame_word(doc, toks, sorted(set(sent) | {j for j in in_msg if toks[j].sent == sid}), in_msg, inq, speech, lx)
        elif parsed and q.mode == "Direct" and colon and (c := _colon_cue(doc, toks, k0, inq, lx, speech)) is not None:
            pick = c
        elif parsed and q.mode == "Direct" and len(in_msg) <= 12 and config().get("model", {}).get("cue_backoff_root", True):
            roots = [k for k in sent if toks[k].i >= 0 and doc[toks[k].i].dep_ == "ROOT"
                     and doc[toks[k].i].pos_ == "VERB" and toks[k].text[:1].islower()]
            pick = roots[0] if roots else None
        if pick is None:
            continue
        cues = [TSpan(pick, pick + 1, "CUE")]
        if parsed:
            cues = cue_complex(doc, toks, cues, [TSpan(min(in_msg), max(in_msg) + 1, "M")] if in_msg else [])
        q.cue = [_chars(toks, c) for c in cues]


PRONOMINAL_ADVERBS = {"davon", "darauf", "dazu", "darüber", "damit", "dafür", "daran", "dagegen", "daraus", "darum"}
CUE_HEAD_DEPS = {"compound:prt", "aux", "aux:pass"}


def _tok_ids(toks: list[Tok], spans: list[tuple[int, int]], starts: list[int] | None = None) -> set[int]:
    """Ids of the tokens starting inside the character spans (``starts``: the tokens' start
    offsets, ascending, passed in by callers that look up many spans)."""
    if starts is None:
        starts = [t.start for t in toks]
    out: set[int] = set()
    for s, e in spans:
        out.update(range(bisect_left(starts, s), bisect_left(starts, e)))
    return out


def _spans_of(toks: list[Tok], ids: set[int]) -> list[tuple[int, int]]:
    """Token ids back to character spans, one per run of adjacent tokens."""
    out: list[tuple[int, int]] = []
    prev = None
    for k in sorted(ids):
        if prev is not None and k == prev + 1:
            out[-1] = (out[-1][0], toks[k].end)
        else:
            out.append((toks[k].start, toks[k].end))
        prev = k
    return out


def finish_cues(doc, toks: list[Tok], quotes: list[RawQuote]) -> None:
    """quotes-de's cue is the whole verb complex, whatever path found the quote: the verb of a
    tagged particle or pronominal adverb ("geht davon aus"), its auxiliaries and particle
    ("teilte … mit", "hatte … erklärt"), the verb's pronominal adverb ("wies darauf hin"), the
    "als" of naming verbs ("bezeichnete … als") and the "wie" opening a verb-final frame
    ("Wie der Sprecher mitteilte")."""
    if not doc.has_annotation("DEP"):
        return
    from .quotes_rules import _verb_lemma, stray_particle_verb

    de = config().get("de", {})
    als_lemmas = frozenset(de.get("cue_als_lemmas", []))
    als_both = config().get("model", {}).get("cue_als_verb_final", False)
    # pronominal adverbs that belong to the cue only with a particle verb ("fordern dazu auf", not "sagte dazu")
    with_prt = frozenset(de.get("cue_adverbs_with_particle", []))
    reflexive = config().get("model", {}).get("cue_reflexive", False)
    # the verb's "mit den Worten" ("lobte er mit den Worten: „…“"), part of quotes-de's cue
    words_pp = frozenset(de.get("cue_words_nouns", [])) if config().get("model", {}).get("cue_mit_worten", False) \
        else frozenset()
    by_i = {t.i: k for k, t in enumerate(toks)}
    inq = rule_quote_depth(toks)
    starts = [t.start for t in toks]
    for q in quotes:
        if not q.cue:
            continue
        have = _tok_ids(toks, q.cue, starts)
        if not have:
            continue
        in_msg = _tok_ids(toks, q.message, starts)
        sid = toks[min(have)].sent

        def ok(j: int | None, have=have, in_msg=in_msg, sid=sid) -> bool:
            return j is not None and j not in have and j not in in_msg and not inq[j] and toks[j].sent == sid

        add: set[int] = set()
        verbs: set[int] = set()
        for k in have:
            if toks[k].i < 0:
                continue
            t = doc[toks[k].i]
            if t.pos_ in ("VERB", "AUX") and t.text[:1].islower() and t.text.lower() not in FRAME_PREPS:
                verbs.add(k)
            if (t.dep_ in CUE_HEAD_DEPS or t.text.lower() in PRONOMINAL_ADVERBS) and t.head.pos_ == "VERB":
                j = by_i.get(t.head.i)
                if ok(j) and toks[j].text[:1].islower():
                    add.add(j)
                    verbs.add(j)
            else:
                j = stray_particle_verb(doc, toks, k)
                if ok(j) and toks[j].text[:1].islower():
                    add.add(j)
                    verbs.add(j)
        for k in verbs:
            v = doc[toks[k].i]
            extra = CUE_EXTRA.get(v.lemma_.lower(), set())
            has_prt = any(c.dep_ in ("compound:prt", "svp") for c in v.children)
            for ch in v.children:
                j = by_i.get(ch.i)
                if als_both and (v.lemma_.lower() in als_lemmas or _verb_lemma(v) in als_lemmas) \
                        and ch.dep_ not in ("advcl", "ccomp", "parataxis", "conj", "aux", "aux:pass", "nsubj"):
                    # "bezeichnete den Bericht als Ente", "als „junge Demokratie“ bezeichnet hat", "wies
                    # die Vorwürfe als „haltlos“ zurück": the predicative may be the quoted words, "als" is not
                    for g in ch.children:
                        if g.text.lower() == "als" and g.dep_ in ("case", "mark") and ok(by_i.get(g.i)):
                            add.add(by_i[g.i])
                if not ok(j):
                    continue
                w = ch.text.lower()
                if w in words_pp and ch.dep_ in ("obl", "nmod", "obj"):
                    sub = sorted(by_i.get(x.i, -1) for x in ch.subtree)
                    if len(sub) <= 4 and sub[0] >= 0 and sub[-1] - sub[0] + 1 == len(sub) and all(ok(x) for x in sub) \
                            and (toks[sub[0]].text.lower() == "mit" or w not in ("worten", "worte")):
                        add.update(sub)
                        continue
                if (ch.dep_ in CUE_AUX_DEPS and _particle_ok(toks, j, in_msg, ch.dep_)) or w in extra \
                        or (w in PRONOMINAL_ADVERBS and ch.i > v.i - 4 and (has_prt or w not in with_prt)):
                    add.add(j)
                elif reflexive and ((w == "sich" and ch.tag_ == "PRF") or (reflexive > 1 and w == "es" and (
                        ch.dep_ == "expl" or ch.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in v.children)))):
                    # "erhoffte sich", "einigten sich darauf", "Es wird vermutet": quotes-de's cue keeps them
                    add.add(j)
                elif not als_both and v.lemma_.lower() in als_lemmas and ch.i > v.i:
                    # "bezeichnete den Bericht als Ente": "als" marks the verb's predicative
                    for g in ch.children:
                        if g.text.lower() == "als" and g.dep_ in ("case", "mark") and ok(by_i.get(g.i)):
                            add.add(by_i[g.i])
            add |= stray_particles(doc, toks, k, ok)
        cue_ids = have | add
        # "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, …": a verb-final frame
        last = max(cue_ids)
        if toks[last].pos in ("VERB", "AUX") and (last + 1 >= len(toks) or toks[last + 1].text in (",", ".", ";")
                                                 or toks[last + 1].sent != sid):
            first = min(cue_ids)
            for j in range(first - 1, max(-1, first - 16), -1):
                if toks[j].sent != sid or j in in_msg or inq[j] or toks[j].text in (".", ":", ";"):
                    break
                if toks[j].text.lower() == "wie":
                    if j == 0 or toks[j].is_sent_start or toks[j - 1].text in (",", "(", "–", "-"):
                        cue_ids.add(j)
                    break
        if cue_ids != have:
            q.cue = _spans_of(toks, cue_ids)


def _quoted_runs(toks: list[Tok], inq: list[int]) -> list[tuple[int, int]]:
    """Token ranges [a, b] of quotation-mark regions, marks included."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        if inq[k]:
            j = k
            while j + 1 < len(toks) and inq[j + 1]:
                j += 1
            runs.append((k, j))
            k = j + 1
        else:
            k += 1
    return runs


def join_direct_runs(doc, toks: list[Tok], quotes: list[RawQuote], lang: str = "de",
                     max_tokens: int = 150) -> list[RawQuote]:
    """A direct quote of several sentences („Natürlich. Menschen bekommen Rachegedanken. Weil …“,
    sagte er.) is one quote in quotes-de, from mark to mark, with the frame after the closing
    mark (", sagte er") or before the opening one ("Er fuhr fort: „…“"). The tagger's Direct
    pieces inside one quotation are joined to it and give it their cue and speaker."""
    from .quotes_features import lexicon
    from .quotes_rules import fallback_speaker, parse_subject

    lx = lexicon(lang)
    inq = rule_quote_depth(toks)
    drop: set[int] = set()
    for a, b in _quoted_runs(toks, inq):
        if b - a > max_tokens or toks[a].text not in ("„", "»", "“", '"') or b == a:
            continue
        cs, ce = toks[a].start, toks[b].end
        inside = [n for n, q in enumerate(quotes) if q.mode == "Direct" and not q.nested and n not in drop
                  and cs <= q.message[0][0] and q.message[-1][1] <= ce]
        if not inside:
            continue
        if len(inside) == 1 and toks[a].sent == toks[b].sent:
            continue  # one sentence: the tagger's span stands
        # every other quote overlapping the run must be one of ours (no Indirect around it)
        if any(n not in inside and any(s < ce and cs < e for s, e in q.message) and not q.nested
               for n, q in enumerate(quotes)):
            continue
        head = quotes[inside[0]]
        for n in inside[1:]:
            q = quotes[n]
            if not head.cue and q.cue:
                head.cue = list(q.cue)
            if (not head.speaker or head.inherited) and q.speaker and not q.inherited:
                head.speaker, head.inherited = list(q.speaker), False
            drop.add(n)
        head.message = [(cs, ce)]
        if head.cue:
            continue
        blocked = set(range(a, b + 1))
        cue_k = None
        if b + 2 < len(toks) and toks[b + 1].text == ",":
            # „…“, sagte er.
            for k in range(b + 2, min(len(toks), b + 5)):
                if inq[k] or toks[k].text in (".", ";", ":"):
                    break
                if toks[k].text[:1].islower() and lx.is_cue(toks[k].text.lower()):
                    cue_k = k
                    break
        elif a >= 2 and toks[a - 1].text == ":" and doc is not None and doc.has_annotation("DEP"):
            # Er fuhr fort: „…“
            seg = []
            k = a - 2
            while k >= 0 and toks[k].sent == toks[a - 1].sent and not inq[k] and toks[k].text not in (".", ";"):
                seg.append(k)
                k -= 1
            verbs = [k for k in reversed(seg) if toks[k].i >= 0 and toks[k].text[:1].islower()
                     and doc[toks[k].i].pos_ == "VERB" and doc[toks[k].i].dep_ in ("ROOT", "parataxis", "ccomp")]
            cands = [k for k in reversed(seg) if toks[k].text[:1].islower() and lx.is_cue(toks[k].text.lower())]
            cue_k = (cands or verbs or [None])[0] if len(seg) <= 12 else None
        if cue_k is None:
            continue
        head.cue = [(toks[cue_k].start, toks[cue_k].end)]
        rng = parse_subject(doc, toks, cue_k, blocked) if doc is not None else None
        rng = rng or fallback_speaker(toks, cue_k, blocked)
        if rng and (not head.speaker or head.inherited):
            head.speaker, head.inherited = [(toks[rng[0]].start, toks[rng[1] - 1].end)], False
    return [q for n, q in enumerate(quotes) if n not in drop]


SPEAKER_EDGE_PUNCT = {",", ";", ":", "-", "–"}
# words quotes-de's train speakers never start (or end) with, though they often stand right
# before (after) one: "auch" 0/37, "wie" 0/72, "laut" 0/185, "für" 0/9, "nach"; "selbst" 1/8
SPEAKER_FIRST_NOT = {"auch", "wie", "laut", "für", "nach"}
SPEAKER_LAST_NOT = {"selbst"}


def _run_end(toks: list[Tok], b: int, sub: list[int], first: int, blocked: set[int]) -> int:
    """The new end of a speaker span ending at ``b`` that takes in the token run ``sub``: only a run of at
    most 8 tokens starting at ``first`` without gaps, its trailing punctuation left out, and nothing
    ``blocked`` (message tokens) crossed; else ``b``."""
    if not sub or sub[0] != first or sub[-1] - sub[0] + 1 != len(sub) or len(sub) > 8:
        return b
    e = sub[-1] + 1
    while e > b + 1 and toks[e - 1].text in (",", ".", ";", ":"):
        e -= 1
    return b if any(k in blocked for k in range(b, e)) else e


def _trailing_name(doc, toks: list[Tok], a: int, b: int, blocked: set[int], by_i: dict[int, int]) -> int:
    """The end of a speaker span that takes in a proper-name apposition of a word inside it, right
    after a comma ("der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise"): quotes-de keeps
    the name; _with_apposition only sees the apposition of the span's root."""
    if b + 1 >= len(toks) or toks[b].text != "," or toks[b + 1].i < 0 or toks[b + 1].sent != toks[a].sent:
        return b
    ids = {toks[k].i for k in range(a, b) if toks[k].i >= 0}
    if any(doc[i].ent_type_ == "PER" for i in ids):
        return b
    t = doc[toks[b + 1].i]
    ap = next((h for h in [t, *t.ancestors] if h.dep_ == "appos" and h.head.i in ids), None)
    if ap is not None and ap.pos_ == "PROPN":
        # the comma before the name usually hangs on it
        sub = sorted(by_i[x.i] for x in ap.subtree if x.i in by_i and by_i[x.i] > b)
    elif t.ent_iob_ == "B" and t.ent_type_ == "PER" and doc[toks[b - 1].i].pos_ == "NOUN":
        # the parse often misses the apposition of a name ("Frank-Jürgen" as punct): the NER span
        ent = next(e for e in doc.ents if e.start == t.i)
        sub = [by_i[i] for i in range(ent.start, ent.end) if i in by_i]
        nxt = sub[-1] + 1 if sub else b
        if nxt < len(toks) and toks[nxt].sent == toks[a].sent and toks[nxt].text not in (",", ".", "(", ":", ";") \
                and not (toks[nxt].i >= 0 and doc[toks[nxt].i].pos_ in ("VERB", "AUX")):
            return b
    else:
        return b
    return _run_end(toks, b, sub, b + 1, blocked)


def _trailing_von(doc, toks: list[Tok], a: int, b: int, blocked: set[int], by_i: dict[int, int]) -> int:
    """The end of a speaker span that takes in the "von/vom …" attribute of its last noun ("Rick
    Homans vom Sekretariat für wirtschaftliche Entwicklung", "ein Klimaexperte vom WWF")."""
    if b >= len(toks) or toks[b].text.lower() not in ("von", "vom") or toks[b].i < 0 or toks[b].sent != toks[a].sent:
        return b
    ids = {toks[k].i for k in range(a, b) if toks[k].i >= 0}
    t = doc[toks[b].i]
    pp = t.head
    if t.dep_ != "case" or pp.dep_ != "nmod" or pp.head.i not in ids:
        return b
    sub = sorted(by_i[x.i] for x in pp.subtree if x.i in by_i)
    return _run_end(toks, b, sub, b, blocked)


# where a comma-delimited run after a speaker span stops (the apposition is the tokens in between)
APPOS_DELIMS = {",", ".", ":", ";", "„", "“", "\"", "(", ")", "»", "«"}
APPOS_FIRST_POS = {"DET", "NOUN", "PROPN"}
APPOS_MAX = 12


def _comma_apposition(doc, toks: list[Tok], a: int, b: int) -> int:
    """The end of a speaker span that takes in the noun group after its comma ("Jon Bon Jovi, Gründer der
    Rockband", "Ansicht von Senator Dodd, Vorsitzender des Bankenausschusses im Senat", "den Worten der
    Sprecherin der FDP-Bundesfraktion, Gisela Piltz"): the run up to the next comma or full stop, at most
    APPOS_MAX tokens, opening with an article, noun or name, without a verb or conjunction, holding no
    possessive opening ("ihre Entscheidung"). The parse-based steps (_with_apposition, _trailing_name) miss
    these when the parser hangs the group elsewhere (conj, nsubj, punct); quotes-de keeps the apposition
    in 32 of the 72 verb-less runs after a speaker's comma on cross-fitted train."""
    if b + 1 >= len(toks) or toks[b].text != "," or toks[b].sent != toks[a].sent:
        return b
    k = b + 1
    while k < len(toks) and toks[k].text not in APPOS_DELIMS and toks[k].sent == toks[a].sent and k - b <= APPOS_MAX + 1:
        k += 1
    run = range(b + 1, k)
    if not run or len(run) > APPOS_MAX or k >= len(toks) or toks[k].text not in (",", ".") \
            or toks[k].sent != toks[a].sent or any(toks[j].i < 0 for j in run):
        return b
    words = [doc[toks[j].i] for j in run]
    if words[0].pos_ not in APPOS_FIRST_POS or words[0].dep_ == "det:poss" \
            or any(w.pos_ in ("VERB", "AUX", "SCONJ") for w in words):
        return b
    return k


def tidy_speakers(doc, toks: list[Tok], quotes: list[RawQuote], level: int = 1) -> None:
    """quotes-de's speaker spans never end in a comma (2 of 2694 train speakers) and rarely hold
    a relative clause: the linker's and the tagger's spans sometimes carry both ("Ein Sprecher
    der Polizei, Lars Beringer,"). Level 1 strips edge punctuation, level 2 also cuts a relative
    clause after a comma (parse: a clause headed acl/acl:relcl whose head lies before it); level 3 adds
    the apposition of the span's root, 4 a name apposition of a word inside it, 5 the "von …" attribute
    of its last noun, 6 the verb-less noun group after its comma (_comma_apposition)."""
    starts = [t.start for t in toks]
    parsed = doc is not None and doc.has_annotation("DEP")
    by_i = {t.i: k for k, t in enumerate(toks)} if parsed and level >= 3 and any(q.speaker for q in quotes) else None
    for q in quotes:
        if not q.speaker:
            continue
        s0, e0 = q.speaker[0][0], q.speaker[-1][1]
        a, b = bisect_left(starts, s0), bisect_left(starts, e0)
        if a >= b:
            continue
        if level >= 2 and parsed:
            for k in range(a + 1, b - 1):
                if toks[k].text != "," or toks[k + 1].i < 0:
                    continue
                t = doc[toks[k + 1].i]
                clause = next((h for h in [t, *t.ancestors] if h.dep_ in ("acl", "acl:relcl")), None)
                if clause is not None and clause.i > toks[k].i and clause.head.i < toks[k].i \
                        and any(x.pos_ in ("VERB", "AUX") for x in clause.subtree):
                    b = k
                    break
        while b > a + 1 and (toks[b - 1].text in SPEAKER_EDGE_PUNCT or toks[b - 1].text.lower() in SPEAKER_LAST_NOT):
            b -= 1
        while a < b - 1 and (toks[a].text in SPEAKER_EDGE_PUNCT or toks[a].text.lower() in SPEAKER_FIRST_NOT):
            a += 1
        if level >= 3 and parsed:
            blocked = set()
            for ms, me in q.message:
                blocked.update(range(bisect_left(starts, ms), bisect_left(starts, me)))
            sp = _with_apposition(doc, toks, TSpan(a, b, "SPK"), blocked, by_i)
            a, b = sp.i, sp.j
            if level >= 4:
                b = _trailing_name(doc, toks, a, b, blocked, by_i)
            if level >= 5:
                b = _trailing_von(doc, toks, a, b, blocked, by_i)
        if level >= 6 and parsed:
            b = _comma_apposition(doc, toks, a, b)
        if (toks[a].start, toks[b - 1].end) != (s0, e0):
            q.speaker = [(toks[a].start, toks[b - 1].end)]


def message_after_speaker(toks: list[Tok], quotes: list[RawQuote]) -> None:
    """A quote's message never opens inside its own speaker (quotes-de puts the speaker inside the message of
    Reported quotes only): when the tagger's message swallowed the speaker's apposition ("Angaben des Direktors
    der Fluggesellschaft, Jefferson Irwin Jauwena, sei der Zustand …") and tidy_speakers gave it to the speaker,
    the message starts after the speaker and its comma."""
    starts = [t.start for t in toks]
    for q in quotes:
        if q.nested or q.mode == "Reported" or not q.speaker or not q.message:
            continue
        s0, e0 = q.speaker[0][0], q.speaker[-1][1]
        if not s0 <= q.message[0][0] < e0:
            continue
        k = bisect_left(starts, e0)
        while k < len(toks) and toks[k].text == ",":
            k += 1
        if k >= len(toks):
            continue
        cut = toks[k].start
        msg = [(max(a, cut), b) for a, b in q.message if b > cut]
        if msg:
            q.message = msg


FREE_MODES = ("IndirectFreeIndirect", "FreeIndirect")


def inherit_free_speakers(toks: list[Tok], quotes: list[RawQuote], window: int) -> None:
    """A free (cue-less) continuation is spoken by the speaker of the quote before it: quotes-de
    gives 297 of 316 train IndirectFreeIndirect quotes a speaker, 201 of them the previous quote's
    span, often several sentences back, so these inherit farther than cue-less Indirect quotes."""
    prev: RawQuote | None = None
    for q in sorted(quotes, key=lambda q: q.message[0]):
        if q.nested:
            continue
        if not q.speaker and q.mode in FREE_MODES and prev is not None and q.sent - prev.sent <= window:
            q.speaker = list(prev.speaker)
            q.inherited = True
        if q.speaker:
            prev = q


def _runs(toks: list[Tok], sents: set[int]) -> list[tuple[int, int]]:
    """Token ranges [a, b) of maximal runs of consecutive sentences in ``sents``."""
    out: list[tuple[int, int]] = []
    a = None
    for k, t in enumerate(toks):
        if t.sent in sents:
            if a is None:
                a = k
        elif a is not None:
            out.append((a, k))
            a = None
    if a is not None:
        out.append((a, len(toks)))
    return out


def tag_candidates(toks: list[Tok], lang: str, taggers, trace: dict | None = None,
                   extra: frozenset[int] = frozenset(), rows: dict | None = None) -> tuple[list[str], list[str]]:
    """Message and role labels, the taggers run only on runs of sentences that may hold a quote
    (``Featurizer.candidates``); the rest is "O". A run that ends inside a message takes in the
    next sentence and is tagged again (free continuations have no mark of their own; tagging
    just the added sentence in a chain with the one before it continues messages too often:
    dev message precision 0.752 -> 0.718). The two taggers are decoded together.

    On quotes-de dev this tags 62 % of the tokens (86 % with the re-tagged runs) and scores no
    lower than tagging every sentence (message/cue/speaker overlap F1 0.733/0.685/0.571 ->
    0.736/0.690/0.574). ``extra`` sentences are candidates too. ``trace`` (error analysis)
    receives the first and the final candidate sentences. ``rows``, when given, receives each tagged
    sentence's feature rows (sentence -> flat rows, where each token's end), which the speaker linker's
    "crf" features read again (``quotes_speakers.link_speakers``)."""
    from .quotes_features import featurizer

    fz = featurizer(toks, lang)
    cand = fz.candidates(tuple(config().get(lang, {}).get("candidate_modals", [])),
                         bool(config().get("model", {}).get("candidate_comp", False))) | extra
    if trace is not None:
        trace["first"] = set(cand)
    done: dict[tuple[int, int], tuple[list[str], list[str]]] = {}
    sent_rows: dict[int, tuple[np.ndarray, np.ndarray]] = {} if rows is None else rows

    def run_rows(a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        # each sentence's feature rows once: a grown run is decoded again, not featurized again
        parts = []
        k = a
        while k < b:
            s = toks[k].sent
            e = fz.s_last[s] + 1
            if s not in sent_rows:
                r, en = fz.rows(k, e, taggers.index)
                sent_rows[s] = np.array(r, dtype=np.int32), np.array(en, dtype=np.int64)
            parts.append(sent_rows[s])
            k = e
        if len(parts) == 1:
            return parts[0]
        ends, base = [], 0
        for r, en in parts:
            ends.append(en + base)
            base += len(r)
        return np.concatenate([r for r, _ in parts]), np.concatenate(ends)

    # each decoded run's lattice: a grown run is decoded on from the longest decoded run it extends
    # (same start), for its new tokens only
    lattices: dict[tuple[int, int], object] = {}
    while True:
        runs = _runs(toks, cand)
        new = [r for r in runs if r not in done]
        if new:
            prefix = [max((r for r in lattices if r[0] == a and r[1] < b), default=None, key=lambda r: r[1])
                      for a, b in new]
            out = taggers.tag_runs([run_rows(a if p is None else p[1], b) for (a, b), p in zip(new, prefix)],
                                   [None if p is None else lattices[p] for p in prefix])
            for r, (labels, lat) in zip(new, out):
                done[r] = labels
                lattices[r] = lat
        grow: set[int] = set()
        for a, b in runs:
            if done[(a, b)][0][-1] != "O" and b < len(toks) and toks[b].sent not in cand:
                grow.add(toks[b].sent)
        if not grow:
            break
        cand |= grow
    if trace is not None:
        trace["final"] = set(cand)
    msg_labels = ["O"] * len(toks)
    role_labels = ["O"] * len(toks)
    for a, b in runs:
        msg_labels[a:b], role_labels[a:b] = done[(a, b)]
    return msg_labels, role_labels


def attitude_sentences(doc, toks: list[Tok]) -> frozenset[int]:
    """Sentences holding a verb of [de] attitude_lemmas outside quotation marks ("fürchtet,
    dass …"): verbs that are not in the CRF's speech-verb features but frame quotes in train."""
    from .quotes_rules import _verb_lemma

    lemmas = frozenset(config().get("de", {}).get("attitude_lemmas", []))
    if not lemmas or not doc.has_annotation("LEMMA"):
        return frozenset()
    inq = rule_quote_depth(toks)
    return frozenset(t.sent for k, t in enumerate(toks)
                     if t.pos == "VERB" and t.i >= 0 and not inq[k] and _verb_lemma(doc[t.i]) in lemmas)


def drop_bare_indirect(toks: list[Tok], quotes: list[RawQuote], level: int = 1) -> list[RawQuote]:
    """Drops Indirect quotes that are left with no cue and no speaker and whose message has nothing of
    reported speech: no Konjunktiv verb and no hearsay modal ("soll", "will"). The taggers mark such
    stretches of plain narrative ("Nur Tage später … flammten die Unruhen wieder auf"); on cross-fitted
    quotes-de train their message tokens are gold in 9 % of cases. Quotes nested in a dropped one go too.
    ``level`` 2: also those with a speaker (the linker gives most cue-less quotes one, "Osttimors Außenminister"
    for the sentence above) unless the message is a complement clause, "dass"/"ob" or a zu-infinitive."""
    from .quotes_features import lexicon

    lex = lexicon("de")
    subj = frozenset(lex.subjunctive)
    modals = tuple(config().get("de", {}).get("candidate_modals", []))
    starts = [t.start for t in toks]
    drop: list[tuple[int, int]] = []
    for q in quotes:
        if q.mode != "Indirect" or q.nested or q.cue or not q.message or (q.speaker and level < 2):
            continue
        ids = _tok_ids(toks, q.message, starts)
        if any(toks[k].mood_sub or toks[k].text.lower() in subj or
               (modals and toks[k].text.lower().startswith(modals)) for k in ids):
            continue
        if q.speaker and any(toks[k].text.lower() in ("dass", "ob", "zu") for k in ids):
            continue
        drop.append((q.message[0][0], q.message[-1][1]))
    if not drop:
        return quotes
    return [q for q in quotes if not any(a <= q.message[0][0] and q.message[-1][1] <= b for a, b in drop)]


FRAME_CLAUSE_PREPS = {"nach", "laut", "gemäß", "zufolge"}
CLAUSE_PUNCT = (",", ";", ":", "–", "-")


def frame_clauses(doc, toks: list[Tok], quotes: list[RawQuote]) -> None:
    """An Indirect quote whose cue is a source preposition ("nach eigener Aussage", "laut Verfassung") loses,
    in the frame's sentence, the clause before the one the frame belongs to: quotes-de's message is the
    frame's clause ("Die ersten Funde machten sie im Jahre 2000, im Jahr 2004 war die Gruppe nach eigener
    Aussage dann am Ziel"), the rule frames and the taggers take the whole sentence. The frame's clause is
    the subtree of the verb its noun hangs on, without coordinated clauses (conj, parataxis); what precedes it
    goes only when a comma, semicolon, colon or dash ends it and it holds a verb of its own (a fronted
    phrase the parser hung elsewhere, "Am Standort Chakan, in der Nähe von Pune, will VW …", stays)."""
    if not doc.has_annotation("DEP"):
        return
    starts = [t.start for t in toks]
    for q in quotes:
        if q.mode != "Indirect" or q.nested or not q.cue or not q.message:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        if not cue or any(toks[k].text.lower() not in FRAME_CLAUSE_PREPS for k in cue) or toks[min(cue)].i < 0:
            continue
        f = min(cue)
        v = doc[toks[f].i].head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            continue
        clause = {x.i for x in v.subtree}
        for c in v.children:
            if c.dep_ in ("conj", "parataxis"):
                clause -= {x.i for x in c.subtree}
        lo = min(clause)
        msg = _tok_ids(toks, q.message, starts)
        sent = toks[f].sent
        before = [k for k in msg if toks[k].sent == sent and 0 <= toks[k].i < lo]
        first = min((k for k in msg if toks[k].sent == sent and toks[k].i >= lo and toks[k].text not in CLAUSE_PUNCT),
                    default=None)
        if not before or first is None or first == 0 or toks[first - 1].text not in CLAUSE_PUNCT \
                or not any(toks[k].pos in ("VERB", "AUX") for k in before):
            continue
        keep = sorted(msg - set(before))
        while keep and toks[keep[0]].text in CLAUSE_PUNCT:
            keep.pop(0)
        if len(keep) >= 3:
            q.message = _spans_of(toks, set(keep))


# source words of a frame inside its clause (quotes.frame_sides): prepositions with their noun group, adverbs alone
FRAME_SIDE_WORDS = {"nach", "laut", "gemäß", "zufolge", "demnach", "danach"}
# where the frame's clause ends on either side
FRAME_SIDE_STOP = {",", ";", ":", "–", "-", "(", ")", ".", "!", "?", "…"}


def _frame_block(doc, toks: list[Tok], f: int, by_i: dict[int, int]) -> tuple[int, int] | None:
    """Token range [a, b] of the source frame at token ``f``: "demnach" alone, "laut X" / "nach Angaben X" / "X zufolge"
    with the noun group the word is the case marker of; None when the parse gives no such group or it is not one
    unbroken phrase at the word's side (a relative clause after a comma, "zufolge" hung on the verb). Tried: the
    largest unbroken subtree next to the word whatever its label ("Medienberichten zufolge" with both hung on the
    verb): cross-fitted train 0.7681 -> 0.7680, dev 0.7949 -> 0.7944 (blocks cut inside names, de_quotes card)."""
    w = toks[f].text.lower()
    if w in ("demnach", "danach"):
        return f, f
    t = doc[toks[f].i]
    if t.dep_ != "case":
        return None
    ids = {by_i[x.i] for x in t.head.subtree if x.i in by_i} | {f}
    a, b = min(ids), max(ids)
    if ids != set(range(a, b + 1)) or f not in (a, b) or any(toks[k].text in FRAME_SIDE_STOP for k in ids):
        return None
    return a, b


def frame_sides(doc, toks: list[Tok], quotes: list[RawQuote]) -> None:
    """An Indirect quote whose cue is a source frame inside its clause ("Vorgänger Streiff warf Medienberichten zufolge
    offenbar … das Handtuch", "Im Detail sollen demnach die drei Geheimdienste …", "800.000 Menschen wurden nach Angaben
    des Roten Kreuzes obdachlos") and whose message lies on one side of the frame only, right next to it: quotes-de's
    message is the frame's clause on both sides, without the frame (cue and speaker). The message takes in the other
    side up to the clause's end (comma, semicolon, colon, dash, bracket, sentence end) or another quote's message
    ([model] frame_sides; de_quotes card, Round 21). The taggers and rule frames stop at the frame."""
    if not doc.has_annotation("DEP"):
        return
    starts = [t.start for t in toks]
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    msgs = [_tok_ids(toks, q.message, starts) for q in quotes]
    for qi, q in enumerate(quotes):
        if q.mode != "Indirect" or q.nested or not q.cue or len(q.message) != 1 or not msgs[qi]:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        src = [k for k in cue if toks[k].text.lower() in FRAME_SIDE_WORDS and toks[k].i >= 0]
        if len(src) != 1:
            continue
        block = _frame_block(doc, toks, src[0], by_i)
        if block is None:
            continue
        a, b = block
        msg = msgs[qi]
        lo, hi = min(msg), max(msg)
        sent = toks[src[0]].sent
        if toks[lo].sent != sent or toks[hi].sent != sent:
            continue
        others = set().union(*[m for j, m in enumerate(msgs) if j != qi and not quotes[j].nested])
        if lo == b + 1:
            walk = range(a - 1, -1, -1)
        elif hi == a - 1:
            walk = range(b + 1, len(toks))
        else:
            continue
        ext = []
        for k in walk:
            if toks[k].sent != sent or toks[k].text in FRAME_SIDE_STOP or k in others:
                break
            ext.append(k)
        if any(toks[k].text[:1].isalnum() for k in ext):
            q.message = _spans_of(toks, msg | set(ext))
            msgs[qi] = msg | set(ext)


def konjunktiv_frame_heads(toks: list[Tok], quotes: list[RawQuote]) -> None:
    """A quote left without a cue because its frame verb is a finite Konjunktiv I (quotes_cues.tidy_cues moved it to
    ``act``: "Er gehe davon aus, dass …", reported speech itself) whose message starts right after the comma closing that
    frame's clause: quotes-de's message is the whole clause, frame included. The message takes the frame's clause in,
    back to the clause's start, unless another quote's message lies there ([model] konjunktiv_frame_head; de_quotes card,
    Round 21). The mode stays: gold has IndirectFreeIndirect and Indirect quotes here."""
    starts = [t.start for t in toks]
    taken = [(q, _tok_ids(toks, q.message, starts)) for q in quotes if not q.nested]
    for q in quotes:
        if q.nested or q.cue or not q.act or len(q.message) != 1 or q.mode in ("Direct", "Reported"):
            continue
        msg = _tok_ids(toks, q.message, starts)
        act = _tok_ids(toks, q.act, starts)
        if not msg or not act:
            continue
        lo = min(msg)
        if lo == 0 or toks[lo - 1].text != "," or max(act) >= lo - 1:
            continue
        sent = toks[lo].sent
        k = lo - 2
        while k >= 0 and toks[k].sent == sent and toks[k].text not in FRAME_SIDE_STOP:
            k -= 1
        clause = set(range(k + 1, lo))
        if not act <= clause or not any(toks[j].mood_sub for j in act) or any(o is not q and m & clause for o, m in taken):
            continue
        q.message = _spans_of(toks, msg | clause)


QUOTE_MARKS = {'"', "„", "“", "”", "»", "«", "‚", "‘", "’", "'"}


def dass_clause_ends(doc, toks: list[Tok], quotes: list[RawQuote]) -> None:
    """An Indirect message opening with its complementizer ("dass" / "ob") that runs on past the end of that clause's
    parse subtree, after a comma, into a clause of the sentence the dass-clause does not govern ("dass der Ehemann
    polizeilich gesucht werde, hatte dieser versucht, …"): quotes-de's message is the dass-clause alone, so the message
    is cut at the subtree's last token. Only inside one sentence ([model] dass_clause_end; de_quotes card, Round 22)."""
    if not doc.has_annotation("DEP"):
        return
    starts = [t.start for t in toks]
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    for q in quotes:
        if q.nested or q.mode != "Indirect" or len(q.message) != 1:
            continue
        msg = _tok_ids(toks, q.message, starts)
        if not msg:
            continue
        first = min(k for k in msg)
        while first in msg and not toks[first].text.strip(",;:-–„“\"'"):
            first += 1
        if first not in msg or toks[first].text.lower() not in COMPLEMENTIZERS or toks[first].i < 0:
            continue
        mark = doc[toks[first].i]
        verb = mark.head
        if verb.i == mark.i or mark.dep_ != "mark":
            continue
        last = by_i.get(verb.right_edge.i)
        if last is None or last + 1 >= len(toks) or toks[last + 1].text != ",":
            continue
        tail = {k for k in msg if k > last}
        if not tail or any(toks[k].sent != toks[first].sent or toks[k].text in QUOTE_MARKS for k in tail):
            continue
        # the tail is the narrator's main clause after a fronted dass-clause: it opens with a finite indicative verb
        # ("…, hatte dieser versucht"); a Konjunktiv one continues the reported speech, and a tail opening with any other
        # word is mostly a relative / infinitive clause the parser hung elsewhere (quotes-de keeps those in the message)
        head = doc[toks[last + 2].i] if last + 2 < len(toks) and toks[last + 2].i >= 0 else None
        if (head is None or head.pos_ not in ("VERB", "AUX") or "Fin" not in head.morph.get("VerbForm")
                or "Sub" in head.morph.get("Mood")):
            continue
        q.message = _spans_of(toks, msg - tail)


# links before a coordinated main-clause verb that continues the frame's clause ("…, sprach aber …", "… und weigerte sich …")
COORD_TAIL_LINKS = {",", "und", "aber", "jedoch", "doch", "sowie", "sondern"}
# source frame words whose frame scopes over a whole sentence, coordinated clauses included
SOURCE_FRAME_WORDS = {"laut", "nach", "zufolge", "gemäß", "demnach", "danach", "wonach"}
# subordinators whose fronted clause is followed by its main clause's finite verb, not by a coordinated one ("wenn …, ist …")
FRONTED_SUBORDINATORS = {"wenn", "weil", "als", "obwohl", "da", "nachdem", "falls", "sobald", "während", "bevor", "seit",
                         "damit", "sodass", "indem", "solange", "sofern", "obgleich", "wie"}


def coord_tail_cut(doc, toks: list[Tok], quotes: list[RawQuote], reported: bool = False) -> list[RawQuote]:
    """An Indirect message whose reported clause is marked (a Konjunktiv verb, a dass / ob clause, a zu-infinitive) and
    that runs on, after a link ("," / "und" / "aber" …, up to two adverbs), into a finite indicative verb: a verb-first
    clause that coordinates with the frame ("Sie räumte zwar ein, es könnten Arbeitsplätze verloren gehen, sprach aber
    … von einem ergebnisoffenen Prozess"; "hatte erklärt, er sei unschuldig, erkannte … nicht an und weigerte sich …").
    quotes-de ends the message before the link: what follows is the narrator's, or a second quote with its own cue, and
    the long message of ours paired with that second quote, so the first quote's cue was lost. The message is cut
    before the link ([model] coord_tail_cut; de_quotes card, Round 26, h12). With ``reported`` ([model]
    coord_tail_reported) a tail whose verb has no subject of its own (the frame's subject goes on: "…, sprach aber …")
    becomes a Reported quote of that speaker, as quotes-de has it; the new quotes are returned."""
    new: list[RawQuote] = []
    if not doc.has_annotation("MORPH"):
        return new
    starts = [t.start for t in toks]
    inq = rule_quote_depth(toks)

    def word(k: int) -> bool:
        return toks[k].text[:1].isalnum()

    def morph(k: int, key: str) -> list[str]:
        return doc[toks[k].i].morph.get(key) if toks[k].i >= 0 else []

    for q in quotes:
        if q.nested or q.mode != "Indirect" or not q.cue or not q.message:
            continue
        # a source frame ("Nach Angaben …", "laut …") scopes over the coordinated clauses too
        if {toks[x].text.lower() for x in _tok_ids(toks, q.cue, starts)} & SOURCE_FRAME_WORDS:
            continue
        msg = _tok_ids(toks, q.message, starts)
        if not msg:
            continue
        ids = sorted(msg)
        first = next((k for k in ids if word(k)), None)
        if first is None:
            continue
        for k in ids:
            if toks[k].text.lower() not in COORD_TAIL_LINKS or inq[k] or toks[k].sent != toks[first].sent:
                continue
            j, adv = k + 1, 0
            while j in msg and (toks[j].text.lower() in COORD_TAIL_LINKS or (toks[j].pos == "ADV" and adv < 2)):
                adv += toks[j].pos == "ADV"
                j += 1
            if j not in msg or inq[j] or toks[j].pos not in ("VERB", "AUX"):
                continue
            if "Fin" not in morph(j, "VerbForm") or "Ind" not in morph(j, "Mood"):
                continue
            # the tagger's indicative on a Konjunktiv I / strong Konjunktiv II form ("propagiere", "käme"), and a verb
            # reading of a word that hangs on a noun or an adjective ("des radioaktiven und hochgiftigen Isotops")
            low = toks[j].text.lower()
            if (low.endswith("e") and not low.endswith("te")) or doc[toks[j].i].head.pos_ not in ("VERB", "AUX") \
                    and doc[toks[j].i].head.i != toks[j].i:
                continue
            before = {x for x in ids if x < k}
            tail = {x for x in ids if x > k}
            if sum(1 for x in before if word(x)) < 3 or sum(1 for x in tail if word(x)) < 2:
                continue
            # the reported clause is marked as such
            marked = (toks[first].text.lower() in COMPLEMENTIZERS
                      or any(toks[x].text.lower() == "zu" and toks[x].i >= 0 and doc[toks[x].i].tag_ == "PTKZU" for x in before)
                      or any(toks[x].pos in ("VERB", "AUX") and "Sub" in morph(x, "Mood") for x in before))
            if not marked:
                continue
            # a fronted adverbial clause right before the link takes its main clause's verb next
            # and a verb right after the comma closing a subordinate or infinitive clause is that clause's main verb
            # ("Ob TANS … aufnehmen kann, entscheidet sich"; "…, die Zusammenarbeit … zu beenden, kann …")
            seg = [x for x in before if x > max([y for y in before if toks[y].text == ","], default=-1) and word(x)]
            if seg and toks[seg[0]].text.lower() in FRONTED_SUBORDINATORS:
                continue
            if j == k + 1 and toks[k].text == "," and (not _finite(doc, toks, seg)
                                                       or seg and toks[seg[0]].text.lower() in COMPLEMENTIZERS):
                continue
            q.message = _spans_of(toks, before)
            if reported and q.speaker:
                start = k + 1
                while toks[start].text.lower() in COORD_TAIL_LINKS:
                    start += 1
                rest = {x for x in tail if x >= start}
                # a subject in the tail (wherever the parser hung it: "…, allerdings schrieb … die liberale „El Mundo“
                # Rajoy den Sieg zu") is another speaker
                if any(toks[x].i >= 0 and doc[toks[x].i].dep_.startswith("nsubj") for x in rest):
                    break
                new.append(RawQuote(message=_spans_of(toks, rest), mode="Reported", cue=[], speaker=list(q.speaker),
                                    sent=toks[j].sent, origin=q.origin))
            break
    return new


# what may stand between the clause before a second source frame and the frame ("…, und so nach ersten Angaben …")
SPLIT_LINKS = {",", ";", ":", "und", "so", "aber", "doch", "sowie"}
# words that may open a second frame's clause inside a message: a relative pronoun ("…, so Celebi, die auch angab, dass
# …") or a conjunction ("…, und gab an, …")
SPLIT_OPENERS = {"und", "aber", "doch", "sowie", "die", "der", "das", "welche", "welcher"}
COMPLEMENTIZERS = {"dass", "ob"}


def _split_frame_source(doc, toks: list[Tok], q: RawQuote, msg: set[int], by_i: dict[int, int]):
    """The first source frame (laut / nach / gemäß / zufolge / demnach / danach with its noun group) inside the message or
    in a gap of it, with a clause of the message before it and one after: (tokens before, frame cue tokens, frame
    speaker tokens, tokens after) or None."""
    from .quotes_rules import DE_SOURCE_NOUNS, laut_adjective

    nouns = SOURCE_NOUNS | DE_SOURCE_NOUNS | frozenset(config().get("de", {}).get("frame_source_nouns", []))
    lo, hi = min(msg), max(msg)
    sent = toks[lo].sent
    for k in range(lo + 1, hi):
        if toks[k].sent != sent or toks[k].text.lower() not in FRAME_SIDE_WORDS or toks[k].i < 0:
            continue
        if toks[k].text.lower() == "laut" and laut_adjective(toks, k):
            continue
        # a relative frame ("…, laut dem …", "…, denen zufolge …") ties its clause to a noun of the narration before it
        if (k + 1 < len(toks) and toks[k + 1].text.lower() in RELATIVE_PRONOUNS and toks[k + 1].pos == "PRON") \
                or toks[k - 1].text.lower() in RELATIVE_PRONOUNS and toks[k - 1].pos == "PRON":
            continue
        if toks[k].text.lower() == "nach":
            # only "nach" on a source noun ("nach ersten Angaben", "nach Behördenangaben"), not "nach denen"
            n = doc[toks[k].i].head if doc[toks[k].i].dep_ == "case" else None
            low = n.text.lower() if n is not None else ""
            if low not in nouns and not low.endswith(("angaben", "berichten", "meldungen", "aussagen")):
                continue
        block = _frame_block(doc, toks, k, by_i)
        if block is None and toks[k].text.lower() in ("nach", "laut", "gemäß") and doc[toks[k].i].dep_ == "case":
            # the parse hangs more on the noun than its group ("nach ersten Angaben neun Sicherheitsbeamte …"): the
            # words from the preposition to its noun
            head = doc[toks[k].i].head
            n = by_i.get(head.i)
            if n is not None and 0 < n - k <= 6 and not any(toks[x].text in FRAME_SIDE_STOP for x in range(k, n + 1)):
                # with a genitive attribute right after the noun ("nach Aussagen eines Gutachters"), not what else the
                # parse hangs on it ("nach ersten Angaben neun Sicherheitsbeamte …")
                if n + 1 < len(toks) and toks[n + 1].text.lower() in ("des", "der", "eines", "einer"):
                    sub = {by_i[x.i] for x in head.subtree if x.i in by_i}
                    while n + 1 in sub and toks[n + 1].text not in FRAME_SIDE_STOP:
                        n += 1
                block = (k, n)
        if block is None:
            continue
        a, b = block
        j = a - 1
        while j > lo and toks[j].text.lower() in SPLIT_LINKS:
            j -= 1
        if j == a - 1:
            continue
        # a relative clause on the frame's noun ("laut Medienberichten, die sich auf … beziehen,") belongs to the frame
        e = b
        if e + 2 <= hi and toks[e + 1].text == "," and toks[e + 2].text.lower() in RELATIVE_PRONOUNS:
            m = e + 3
            while m <= hi and toks[m].text != "," and toks[m].sent == sent:
                m += 1
            if m <= hi and toks[m].text == ",":
                e = m
        before = {x for x in msg if x <= j}
        after = {x for x in msg if x > e and toks[x].sent == sent}
        yield before, [k], [x for x in range(a, b + 1) if x != k], after


def _split_frame_verb(doc, toks: list[Tok], q: RawQuote, msg: set[int], by_i: dict[int, int], lemmas, lex):
    """A speech verb inside the message, opening its own clause after a comma ("…, und gab an, die Polizei zu
    informieren", "…, die auch angab, dass …") with a dass / ob / zu / Konjunktiv complement after the next comma:
    (tokens before, verb tokens, subject tokens, the complement) or None."""
    from .quotes_rules import _hanta_lemma

    stems = tuple(config().get("de", {}).get("indirect_stems", []))
    starts = [t.start for t in toks]
    cue = _tok_ids(toks, q.cue, starts)
    lo, hi = min(msg), max(msg)
    sent = toks[lo].sent
    for k in range(lo + 1, hi):
        t = toks[k]
        if t.sent != sent or k in cue or t.i < 0 or t.pos not in ("VERB", "AUX"):
            continue
        v = doc[t.i]
        if "Fin" not in v.morph.get("VerbForm"):
            continue
        prt = [c for c in v.children if c.dep_ in ("compound:prt", "svp")]
        lemma = (prt[0].text.lower() if prt else "") + v.lemma_.lower()
        if lemma not in lemmas and not lex.is_cue(t.text.lower()) and not t.text.lower().startswith(stems) \
                and _hanta_lemma(v) not in lemmas:
            continue
        # the verb's clause opens right after a comma: the verb itself or a conjunction / relative pronoun before it
        c0 = k - 1
        while c0 > k - 4 and (toks[c0].text.lower() in SPLIT_OPENERS or toks[c0].pos == "ADV"):
            c0 -= 1
        if c0 <= lo or toks[c0].text != ",":
            continue
        # its complement starts after the next comma, within the message
        m = k + 1
        while m <= hi and toks[m].text != "," and toks[m].sent == sent and m - k <= 8:
            m += 1
        if m >= hi or toks[m].text != ",":
            continue
        comp = [x for x in msg if x > m and toks[x].sent == sent]
        if not comp:
            continue
        first = toks[min(comp)].text.lower()
        zu = any(toks[x].text.lower() == "zu" and x + 1 in msg and toks[x + 1].pos in ("VERB", "AUX") for x in comp)
        if first not in COMPLEMENTIZERS and not zu and not any(toks[x].mood_sub for x in comp):
            continue
        vcue = [k] + [by_i[p.i] for p in prt if p.i in by_i]
        subj = []
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN"):
                ids = sorted(by_i[x.i] for x in c.subtree if x.i in by_i)
                # a subject of its own, not one the parse stretched over the message before
                if ids and len(ids) <= 12 and ids == list(range(ids[0], ids[-1] + 1)) and ids[0] > c0:
                    subj = ids
        if not subj:
            # the parse often hangs a postposed subject elsewhere ("entgegnete die Unterstützer des Antrags, dass …"):
            # the noun group between the verb and the comma
            mid = [x for x in range(k + 1, m) if x not in vcue]
            while mid and toks[mid[0]].pos in ("ADV", "PART", "ADJ"):
                mid.pop(0)
            if mid and any(toks[x].pos in ("NOUN", "PROPN") for x in mid) \
                    and not any(toks[x].pos in ("VERB", "AUX") for x in mid) and len(mid) <= 12:
                subj = mid
        yield {x for x in msg if x < c0}, vcue, subj, set(comp)


def _finite(doc, toks: list[Tok], ids) -> bool:
    """Whether the tokens hold a finite verb (a clause of their own, not a participle phrase)."""
    return any(toks[x].pos in ("VERB", "AUX") and toks[x].i >= 0 and "Fin" in doc[toks[x].i].morph.get("VerbForm")
               for x in ids)


RELATIVE_PRONOUNS = {"der", "die", "das", "dem", "den", "dessen", "deren", "denen", "welche", "welcher", "welches"}


def split_frames(doc, toks: list[Tok], quotes: list[RawQuote], kinds: frozenset[str]) -> list[RawQuote]:
    """A message of ours holding a second frame inside one sentence is two quotes in quotes-de: "Der unbekleidete
    Strauss-Kahn soll … berührt haben und laut Medienberichten, die sich auf den Polizeibericht beziehen, offenbar auch
    versucht haben, …" (a source frame, "source"), "…, dass gegen den 39-Jährigen ein Haftbefehl besteht, und gab an,
    die Polizei zu informieren" (a speech verb with its own complement, "verb"). The message is cut before the frame's
    clause; the part after the frame becomes a new Indirect quote with the frame word / verb as its cue and the frame's
    noun group / the verb's subject as its speaker (else the quote's speaker); the frame itself is in neither. When the
    quote's own cue was that frame, the first part keeps no cue and becomes a free continuation ([model] split_frames;
    de_quotes card, Round 22)."""
    from .quotes_features import lexicon

    if not doc.has_annotation("DEP"):
        return []
    cfg = config()
    lemmas = frozenset(cfg.get("de", {}).get("indirect_lemmas", []))
    lex = lexicon("de")
    starts = [t.start for t in toks]
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    inq = rule_quote_depth(toks)
    new = []
    for q in quotes:
        if q.nested or q.mode == "Direct" or not q.message:
            continue
        msg = _tok_ids(toks, q.message, starts)
        if len(msg) < 8:
            continue
        found = None
        if "source" in kinds:
            found = next(_split_frame_source(doc, toks, q, msg, by_i), None)
        if found is None and "verb" in kinds:
            found = next(_split_frame_verb(doc, toks, q, msg, by_i, lemmas, lex), None)
        if found is None:
            continue
        before, fcue, fsp, after = found
        words = lambda ids: [x for x in ids if toks[x].text[:1].isalnum()]  # noqa: E731
        if len(words(before)) < 3 or len(words(after)) < 3 or any(inq[x] for x in fcue):
            continue
        # a clause before the frame, and a verb after it (its auxiliary may be the first clause's: "sollen … gesetzt
        # haben und so nach ersten Angaben neun Sicherheitsbeamte … getötet haben")
        if not _finite(doc, toks, before) or not any(toks[x].pos in ("VERB", "AUX") for x in after):
            continue
        while before and toks[max(before)].text.lower() in SPLIT_LINKS - {";"}:
            before.discard(max(before))
        cue = _tok_ids(toks, q.cue, starts)
        r = RawQuote(message=_spans_of(toks, after), mode="Indirect", cue=_spans_of(toks, set(fcue)),
                     speaker=_spans_of(toks, set(fsp)) if fsp else list(q.speaker), sent=toks[min(after)].sent,
                     origin=q.origin)
        if cue & set(fcue):
            # the frame was the quote's cue: what stands before it is a free continuation of the same source
            q.cue = []
            q.mode = "FreeIndirect" if any(toks[x].text.lower().startswith(("soll", "woll", "will"))
                                           for x in before) else "IndirectFreeIndirect"
        q.message = _spans_of(toks, before)
        new.append(r)
    return new


def nested_frames(doc, toks: list[Tok], quotes: list[RawQuote]) -> list[RawQuote]:
    """An Indirect message of a speech verb that opens with a source frame ("Ein Sprecher der Polizei … sagte …, nach
    neuesten Erkenntnissen habe ein Unbekannter den Namen der Frau verwendet, …"): quotes-de keeps the outer message
    whole and nests a quote of the frame in it, the frame word its cue, the frame's noun group its speaker, the clause
    after the frame its message. split_frames cuts where the frame stands after a clause of the message instead (gold
    cuts there); here the frame stands first, so there is nothing to cut ([model] nested_frames; de_quotes card, Round 26
    late, q1)."""
    from .quotes_rules import DE_SOURCE_NOUNS, laut_adjective

    if not doc.has_annotation("DEP"):
        return []
    nouns = SOURCE_NOUNS | DE_SOURCE_NOUNS | frozenset(config().get("de", {}).get("frame_source_nouns", []))
    starts = [t.start for t in toks]
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    new = []
    for q in quotes:
        if q.nested or q.mode != "Indirect" or not q.cue or not q.message:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        if any(toks[x].text.lower() in FRAME_SIDE_WORDS for x in cue):
            continue
        msg = sorted(_tok_ids(toks, q.message, starts))
        if len(msg) < 6:
            continue
        k = msg[0]
        if toks[k].text == "," and len(msg) > 1:
            k = msg[1]
        w = toks[k].text.lower()
        if w not in ("nach", "laut", "gemäß") or toks[k].i < 0 or (w == "laut" and laut_adjective(toks, k)):
            continue
        if doc[toks[k].i].dep_ != "case":
            continue
        head = doc[toks[k].i].head
        n = by_i.get(head.i)
        if w == "nach" and head.text.lower() not in nouns \
                and not head.text.lower().endswith(("angaben", "berichten", "meldungen", "aussagen", "erkenntnissen")):
            continue
        block = _frame_block(doc, toks, k, by_i)
        if block is None:
            if n is None or not 0 < n - k <= 6 or any(toks[x].text in FRAME_SIDE_STOP for x in range(k, n + 1)):
                continue
            block = (k, n)
        a, b = block
        if a != k:
            continue
        sent = toks[k].sent
        after = [x for x in msg if x > b and toks[x].sent == sent]
        while after and toks[after[0]].text == ",":
            after.pop(0)
        # the frame's clause goes on right after it with its finite verb (verb second: "nach … habe ein Unbekannter …")
        if len([x for x in after if toks[x].text[:1].isalnum()]) < 3 or toks[after[0]].pos not in ("VERB", "AUX") \
                or toks[after[0]].i < 0 or "Fin" not in doc[toks[after[0]].i].morph.get("VerbForm"):
            continue
        sp = [x for x in range(a, b + 1) if x != k]
        new.append(RawQuote(message=_spans_of(toks, set(after)), mode="Indirect", cue=_spans_of(toks, {k}),
                            speaker=_spans_of(toks, set(sp)) if sp else [], sent=sent, nested=True, origin="nested"))
    return new


def outer_source_frames(doc, toks: list[Tok], quotes: list[RawQuote], words: frozenset[str]) -> list[RawQuote]:
    """A source frame on the cue verb of a quote of ours, outside its message ("Laut Informationen des SPIEGEL hat der
    IWF angekündigt, keine … zu wollen", "Das Team … kam der Meldung zufolge zu dem Schluss, dass …"): quotes-de makes
    the whole clause of the verb a quote of the frame as well, the frame word its cue, the frame's noun group its
    speaker, and the clause on either side of the frame one quote each (the verb's quote nests in them). The steps
    before read the verb's frame only ([model] outer_source_frame, the frame words; de_quotes card, Round 29, w3)."""
    from .quotes_rules import laut_adjective

    if not doc.has_annotation("DEP"):
        return []
    starts = [t.start for t in toks]
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    taken: set[int] = set()
    for q in quotes:
        taken |= _tok_ids(toks, q.message, starts) | _tok_ids(toks, q.cue, starts) | _tok_ids(toks, q.speaker, starts)
    done: set[int] = set()
    new = []
    for q in quotes:
        if q.nested or q.mode not in ("Indirect", "Direct") or not q.cue or not q.message:
            continue
        cue = _tok_ids(toks, q.cue, starts)
        verbs = [doc[toks[x].i] for x in cue if toks[x].i >= 0 and toks[x].pos in ("VERB", "AUX")]
        # the cue's top verb: the one whose head lies outside the cue
        top = [v for v in verbs if v.head.i == v.i or by_i.get(v.head.i) not in cue]
        if len(top) != 1:
            continue
        head = top[0]
        clause = {by_i[x.i] for x in head.subtree if x.i in by_i}
        msg = _tok_ids(toks, q.message, starts)
        sent = toks[min(cue)].sent
        if not msg <= clause:
            continue
        cue_verbs = {v.i for v in verbs}
        own = _tok_ids(toks, q.speaker, starts)
        for k in sorted(clause):
            if toks[k].text.lower() not in words or (k in taken and k not in own) or k in done or toks[k].i < 0 \
                    or toks[k].sent != sent:
                continue
            if toks[k].text.lower() == "laut" and laut_adjective(toks, k):
                continue
            block = _frame_block(doc, toks, k, by_i)
            if block is None:
                continue
            a, b = block
            # the frame's noun group hangs on a verb of the cue, not on a noun or a clause inside the message; it may
            # be the quote's own speaker (the linker read the fronted noun group as the source)
            if doc[toks[k].i].head.head.i not in cue_verbs or any(x in taken and x not in own
                                                                   for x in range(a, b + 1) if x != k):
                continue
            rest = sorted(x for x in clause if not a <= x <= b and toks[x].sent == sent)
            pieces: list[list[int]] = [[x for x in rest if x < a], [x for x in rest if x > b]]
            speaker = {x for x in range(a, b + 1) if x != k}
            for piece in pieces:
                while piece and toks[piece[-1]].text in FRAME_SIDE_STOP:
                    piece.pop()
                while piece and toks[piece[0]].text in FRAME_SIDE_STOP:
                    piece.pop(0)
                if not any(toks[x].text[:1].isalnum() for x in piece):
                    continue
                new.append(RawQuote(message=_spans_of(toks, set(piece)), mode="Indirect", cue=_spans_of(toks, {k}),
                                    speaker=_spans_of(toks, speaker), sent=sent, origin="rule"))
            done.add(k)
    return new


def join_quoted_pieces(toks: list[Tok], quotes: list[RawQuote], max_tokens: int) -> list[RawQuote]:
    """A quotation of several sentences („Die Regel ist doch eindeutig. Elfmeter gibt es … . Das lag hier nicht vor“,
    sagte Magath) is one Direct quote in quotes-de, from mark to mark. The steps before cut it by sentence: the taggers'
    Direct piece stops at a sentence end, and a rule frame reads the last sentence before ", sagte X" as an Indirect
    quote of its own, so gold's quote pairs with one piece and the other pieces' cues count as wrong (de_cues card,
    Round 28, q1). Where every quote of ours that meets such a run lies inside it, the pieces become one Direct quote over
    the run; its cue is the frame outside the marks nearest to them ([model] join_quoted_pieces, the longest run)."""
    from .quotes_features import _closes

    inq = rule_quote_depth(toks)
    drop: set[int] = set()
    for a, b in _quoted_runs(toks, inq):
        if b - a > max_tokens or toks[a].text not in ("„", "»", "“", '"') or toks[a].sent == toks[b].sent \
                or not _closes(toks[a].text, toks[b].text):
            continue
        cs, ce = toks[a].start, toks[b].end
        meet = [n for n, q in enumerate(quotes) if not q.nested and n not in drop
                and any(s < ce and cs < e for s, e in q.message)]
        pieces = [n for n in meet if cs <= quotes[n].message[0][0] and quotes[n].message[-1][1] <= ce]
        if not pieces or len(pieces) < len(meet) or (len(pieces) == 1 and quotes[pieces[0]].message == [(cs, ce)]):
            continue

        def frame(n: int, cs: int = cs, ce: int = ce):
            # the piece's cue spans outside the marks and their distance to them (this run's marks, bound here)
            out = [(s, e) for s, e in quotes[n].cue if e <= cs or s >= ce]
            if not out:
                return None
            dist = min(cs - e if e <= cs else s - ce for s, e in out)
            after = out[0][0] >= ce
            return dist, (-n if after else n), out

        framed = sorted((f, n) for n in pieces if (f := frame(n)) is not None)
        src = quotes[framed[0][1]] if framed else None
        head = quotes[pieces[0]]
        head.mode, head.message = "Direct", [(cs, ce)]
        if src is not None:
            head.cue = list(framed[0][0][2])
            if src.speaker:
                head.speaker, head.inherited = list(src.speaker), src.inherited
        if not head.speaker:
            first = next((quotes[n] for n in pieces if quotes[n].speaker), None)
            if first is not None:
                head.speaker, head.inherited = list(first.speaker), first.inherited
        drop.update(pieces[1:])
    return [q for n, q in enumerate(quotes) if n not in drop]


# hearsay modals: a sentence that goes on in the same one continues the quote's free indirect speech ("Alle Opfer sollen …;
# die Männer sollen …")
HEARSAY_MODALS = ("soll", "woll", "will")


def semicolon_carry(doc, toks: list[Tok], quotes: list[RawQuote]) -> list[RawQuote]:
    """A sentence opened by a semicolon (segment.toml semicolon_sentences) after a quote's message continues that message
    when it goes on in reported speech: its first finite verb is a Konjunktiv ("…, sei das Bild völlig unterschiedlich
    gewesen; hier habe Mussawi …") or the hearsay modal of the message ("sollen …; die Männer sollen …"), and it holds no
    quote with a cue of its own and no Direct quote. quotes-de splits the sentence at such a semicolon but keeps the message
    whole. The message takes in the sentence; cue-less quotes of ours there go into it ([model] semicolon_carry)."""
    if not doc.has_annotation("MORPH"):
        return quotes
    starts = [t.start for t in toks]
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for k, t in enumerate(toks):
        first.setdefault(t.sent, k)
        last[t.sent] = k
    dropped: set[int] = set()
    for s, a in first.items():
        if a == 0 or toks[a - 1].text != ";" or toks[a - 1].sent != s - 1:
            continue
        msgs = [(qi, _tok_ids(toks, q.message, starts)) for qi, q in enumerate(quotes) if qi not in dropped]
        # the quote whose message reaches the semicolon (its last word or the mark itself)
        left = [(qi, m) for qi, m in msgs if not quotes[qi].nested and m and max(m) in (a - 2, a - 1)
                and toks[max(m)].sent == s - 1]
        if len(left) != 1 or quotes[left[0][0]].mode == "Direct":
            continue
        qi, msg = left[0]
        sent = set(range(a, last[s] + 1))
        inside = [(oi, m) for oi, m in msgs if oi != qi and m & sent]
        if any(quotes[oi].mode == "Direct" or quotes[oi].cue or not m <= sent for oi, m in inside
               if not quotes[oi].nested):
            continue
        if any(toks[k].text in QUOTE_MARKS for k in sent):
            continue
        fin = next((doc[toks[k].i] for k in sorted(sent) if toks[k].i >= 0 and toks[k].pos in ("VERB", "AUX")
                    and "Fin" in doc[toks[k].i].morph.get("VerbForm")), None)
        if fin is None:
            continue
        modal = fin.text.lower().startswith(HEARSAY_MODALS) and any(
            toks[k].text.lower().startswith(fin.text.lower()[:4]) for k in msg)
        # a Konjunktiv II without umlaut is the indicative past too ("diese bekannte sich jedoch nie …")
        konj = "Sub" in fin.morph.get("Mood") and ("Pres" in fin.morph.get("Tense") or any(c in fin.text for c in "äöü"))
        if not konj and not modal:
            continue
        carried = msg | set(range(a - 1, last[s] + 1))
        dropped |= {oi for oi, m in inside if not quotes[oi].nested}
        # the free continuation the taggers chain to a message that reaches its sentence's end was cut off at the
        # semicolon: the cue-less free quote opening the next sentence goes on the carried message ("…; hier habe Mussawi
        # … erhalten. In den Großstädten habe Mussawi …")
        nxt = [(oi, m) for oi, m in msgs if oi != qi and oi not in dropped and m and min(m) == last[s] + 1
               and not quotes[oi].nested and not quotes[oi].cue and quotes[oi].mode in ("FreeIndirect", "IndirectFreeIndirect")]
        if len(nxt) == 1:
            carried |= nxt[0][1]
            dropped.add(nxt[0][0])
        quotes[qi].message = _spans_of(toks, carried)
    return [q for qi, q in enumerate(quotes) if qi not in dropped]


def anaphor_frames(doc, toks: list[Tok], quotes: list[RawQuote]) -> list[RawQuote]:
    """"<content>. Das teilte Feuerwehrsprecher Axel Stüken mit.": a sentence that opens with a demonstrative of [de]
    frame_anaphors hanging on a speech verb frames the sentence before it, and quotes-de's message is that sentence with
    the demonstrative (cue = the verb, speaker = its subject). A quote of ours on the demonstrative alone ("Dies", the
    taggers' reading) takes the sentence in; a sentence before that holds a quote of ours already is left alone."""
    from .quotes_features import lexicon
    from .quotes_rules import _span, parse_subject

    if not doc.has_annotation("DEP"):
        return []
    cfg = config()
    anaphors = frozenset(cfg.get("de", {}).get("frame_anaphors", []))
    lemmas = frozenset(cfg.get("de", {}).get("indirect_lemmas", [])) | frozenset(cfg.get("de", {}).get("reported_lemmas", []))
    lex = lexicon("de")
    starts = [t.start for t in toks]
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for k, t in enumerate(toks):
        first.setdefault(t.sent, k)
        last[t.sent] = k
    covered: dict[int, RawQuote] = {}
    for q in quotes:
        if not q.nested:
            for k in _tok_ids(toks, q.message, starts):
                covered[k] = q
    new = []
    for s, k in first.items():
        if s - 1 not in first or toks[k].text not in anaphors or toks[k].i < 0:
            continue
        if not (toks[k].pos == "PRON" or (k + 1 < len(toks) and toks[k + 1].pos in ("VERB", "AUX"))):
            continue
        v = doc[toks[k].i].head
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        kv = by_i.get(v.i)
        if kv is None or v.i == toks[k].i or toks[kv].sent != s:
            continue
        prt = [c.text.lower() for c in v.children if c.dep_ in ("compound:prt", "svp")]
        if (prt[0] if prt else "") + v.lemma_.lower() not in lemmas and not lex.is_cue(v.text.lower()):
            continue
        a, e = first[s - 1], last[s - 1]
        if sum(1 for j in range(a, e + 1) if toks[j].pos != "PUNCT") < 4 or any(j in covered for j in range(a, e + 1)):
            continue
        q = covered.get(k)
        if q is not None:
            # the taggers' quote of the demonstrative alone takes in the content
            if q.mode == "Indirect" and all(toks[j].sent == s for j in _tok_ids(toks, q.message, starts)):
                q.message = sorted(set(q.message) | {_span(toks, a, e + 1)})
                q.message = _spans_of(toks, _tok_ids(toks, q.message, starts))
            continue
        cue = {kv} | {by_i[c.i] for c in v.children if c.dep_ in CUE_AUX_DEPS and c.i in by_i}
        sp = parse_subject(doc, toks, kv, set(range(a, k + 1)))
        r = RawQuote(message=[_span(toks, a, k + 1)], mode="Indirect", cue=[_span(toks, j, j + 1) for j in sorted(cue)],
                     sent=toks[a].sent, origin="rule")
        if sp:
            r.speaker = [_span(toks, *sp)]
        new.append(r)
    return new


def drop_adjective_laut(toks: list[Tok], quotes: list[RawQuote]) -> None:
    """The taggers' cues on the adjective "laut" ("war Kritik laut geworden", quotes_rules.laut_adjective) go: a cue
    span that starts on it ("laut", "laut geworden war") holds no speech word. The quote keeps its message and the
    speaker the linker gave it. Run last: stripped right after the taggers (cue back-off barred from "laut" too), cached
    dev message / cue / speaker 0.7917 / 0.7547 / 0.6632 -> 0.7934 / 0.7581 / 0.6629 (the linker named a wrong "er" for
    a quote left without its cue); after the linker but before the judge 0.7918 / 0.7569 / 0.6632 (the judge dropped a
    right Indirect quote left without its cue); last 0.7929 / 0.7569 / 0.6632 (de_quotes card, Round 18 second wave)."""
    from .quotes_rules import laut_adjective

    bad = {toks[k].start for k in range(len(toks)) if toks[k].text.lower() == "laut" and laut_adjective(toks, k)}
    if not bad:
        return
    for q in quotes:
        if any(a in bad for a, _ in q.cue):
            q.cue = [c for c in q.cue if c[0] not in bad]


def _origin(quotes: list[RawQuote], step: str) -> list[RawQuote]:
    for q in quotes:
        q.origin = q.origin or step
    return quotes


# claims.toml [model] key -> the quotes_speakers step it switches on; the speaker repairs that run after the final
# linker and the pronoun steps, each taking (doc, quotes), in the order they run
LATE_SPEAKER_STEPS = (
    ("speaker_title_apposition", "join_title_apposition"),  # a "<title>, <name>" half takes the other half
    ("speaker_passive_agent", "passive_agent_speakers"),  # a passive subject gives way to the "von" agent
    ("speaker_frame_attribute", "frame_attribute_speakers"),  # a lone frame noun takes its source attribute
    ("speaker_frame_adverb", "frame_adverb_speakers"),  # demnach / wonach / danach as the speaker gold marks
    ("speaker_passive_subject", "passive_subject_speakers"),  # an agentless speech passive's subject is no speaker
    ("speaker_cueless_continuation", "continue_cueless_indirect"),  # a cue-less Indirect quote continuing a report
    ("speaker_cue_subject", "cue_subject_speakers"),  # a non-subject speaker gives way to the cue verb's one subject
    ("speaker_local_speech", "local_speech_speakers"),  # a carried or missing speaker: the local speech verb's subject
    ("speaker_open_carry", "open_carry_speakers"),  # a cue-less Konjunktiv continuation: the open report's speaker
)


def extract_quotes(doc, lang: str = "de") -> list[RawQuote]:
    cfg = config()
    toks = tokens_from_doc(doc, lang)
    if not toks:
        return []
    name = cfg.get("model", {}).get(lang)
    taggers = _taggers(name) if name else None
    if taggers is None:
        from .quotes_rules import rule_quotes

        return rule_quotes(doc, toks, lang)
    opinion = cfg.get("model", {}).get("lstm_opinion", "")
    if opinion and lang == "de":
        # the BiLSTM's span opinion becomes CRF features: the taggers must have been trained with it
        from .quotes_lstm import add_opinion

        add_opinion(doc, toks, str(models_dir() / name / opinion))
    # each tagged sentence's feature rows, for the speaker linker's "crf" features after the taggers'
    sent_rows: dict[int, tuple] = {}
    if cfg.get("model", {}).get("tag_candidates", True):
        extra = attitude_sentences(doc, toks) if lang == "de" and cfg.get("model", {}).get("attitude_gate") \
            else frozenset()
        msg_labels, role_labels = tag_candidates(toks, lang, taggers, extra=extra, rows=sent_rows)
    else:
        msg_labels, role_labels = taggers.tag(featurize(toks, lang))
    msgs = decode_bio(msg_labels)
    roles = decode_bio(role_labels)
    quotes = _origin(group(toks, msgs, roles, cfg.get("model", {}).get("inherit_window", 3), lang, doc), "crf")
    if cfg.get("model", {}).get("rule_frames", True):
        quotes = _origin(_add_rule_frames(toks, quotes, doc), "rule")
    if cfg.get("model", {}).get("direct_runs", True):
        quotes = _origin(join_direct_runs(doc, toks, quotes, lang), "run")
    if cfg.get("model", {}).get("nested_direct", True):
        # quotes-de marks no quoted names in a message (cross-fitted train: 10 of 51 such fragments
        # are gold quotes, dev 0 of 10)
        names = doc if cfg.get("model", {}).get("nested_skip_names", False) else None
        quotes.extend(_origin(nested_direct(toks, quotes, doc=names), "nested"))
        quotes.sort(key=lambda q: q.message[0])
    if cfg.get("model", {}).get("cue_backoff", True):
        fill_missing_cues(doc, toks, quotes, lang)
    if lang == "de" and cfg.get("model", {}).get("cue_finish", True):
        finish_cues(doc, toks, quotes)
    frame_kinds = frozenset(cfg.get("model", {}).get("empty_frames", [])) if lang == "de" else frozenset()
    if lang == "de" and cfg.get("model", {}).get("empty_frames_surface", False):
        frame_kinds |= {"surface"}
    if frame_kinds and doc is not None:
        # source frames ("…, wonach …", "Demnach …", "gemäß X") in sentences nothing found so far; before the act
        # classifier, which would read such a sentence as a cue-less one, and the linker and chooser
        from .quotes_rules import empty_frames

        new = empty_frames(doc, toks, quotes, frame_kinds)
        if new:
            quotes = sorted(quotes + new, key=lambda q: q.message[0])
    acts_name = cfg.get("model", {}).get("act_classifier", "") if lang == "de" else ""
    if acts_name and doc is not None:
        # cue-less Reported / free quotes in sentences nothing else found (quotes_acts); before the
        # free-speaker inheritance and the linker, which give them their speakers
        from .quotes_acts import add_acts, judge_quotes, load_acts

        acts = load_acts(acts_name)
        quotes = judge_quotes(doc, toks, quotes, acts)
        new = add_acts(doc, toks, quotes, acts)
        for q in new:
            q.origin = q.origin or ("comp" if q.mode == "Indirect" else "act")
        if new:
            quotes = sorted(quotes + new, key=lambda q: q.message[0])
    if lang == "de" and cfg.get("model", {}).get("inherit_window_free", 0):
        inherit_free_speakers(toks, quotes, cfg["model"]["inherit_window_free"])
    linker_name = cfg.get("model", {}).get("speaker_linker", "") if lang == "de" else ""
    finals: dict = {}
    if linker_name:
        from .quotes_speakers import link_speakers, load_linker

        linker = load_linker(linker_name)
        if linker is not None:
            # [model] speaker_final_linker: a second linker whose speakers go in last (quotes_speakers.link_speakers)
            final_name = cfg.get("model", {}).get("speaker_final_linker", "")
            finals = link_speakers(doc, toks, quotes, linker, final=load_linker(final_name) if final_name else None,
                                   rows=sent_rows)
    if lang == "de" and cfg.get("model", {}).get("speaker_tidy", 0):
        tidy_speakers(doc, toks, quotes, cfg["model"]["speaker_tidy"])
    held = []
    if finals:
        from .quotes_speakers import hold_final_speakers

        held = hold_final_speakers(doc, toks, quotes, finals, cfg.get("model", {}).get("speaker_tidy", 0))
    if lang == "de" and cfg.get("model", {}).get("message_after_speaker", False):
        message_after_speaker(toks, quotes)
    if lang == "de" and cfg.get("model", {}).get("drop_bare_indirect", False):
        quotes = drop_bare_indirect(toks, quotes)
    chooser_name = cfg.get("model", {}).get("cue_chooser", "") if lang == "de" else ""
    if chooser_name:
        # after the linker (trained on the extractor's cues) and drop_bare_indirect (a quote the
        # chooser leaves without a cue must not be dropped for it)
        from .quotes_cues import choose_cues, load_chooser

        chooser = load_chooser(chooser_name)
        if chooser is not None:
            choose_cues(doc, toks, quotes, chooser)
    if lang == "de" and int(cfg.get("model", {}).get("drop_bare_indirect", 0)) >= 2:
        # those with a speaker, after the chooser: a cue it finds for one keeps it
        quotes = drop_bare_indirect(toks, quotes, 2)
    if lang == "de" and cfg.get("model", {}).get("direct_cue_inherit", 0):
        # after the linker, which reads a quote's cue as the place of its frame; an inherited
        # cue lies sentences away from the quote
        inherit_direct_cues(toks, quotes, cfg["model"]["direct_cue_inherit"])
    if cfg.get("model", {}).get("reported_act_cue", False):
        # last, so that the linker and the cue inheritance above still see the act's verb
        for q in quotes:
            if q.mode == "Reported" and q.cue:
                q.act, q.cue = q.cue, []
    if lang == "de" and cfg.get("model", {}).get("frame_clause", False):
        # after the linker and the cue chooser (both read the whole sentence's message as it was trained)
        frame_clauses(doc, toks, quotes)
    if lang == "de" and cfg.get("model", {}).get("frame_sides", False):
        # after frame_clauses: the message takes in the rest of the frame's clause on the frame's other side
        frame_sides(doc, toks, quotes)
    if lang == "de" and cfg.get("model", {}).get("anaphor_frames", False):
        # after the linker and the chooser: a quote they saw on the demonstrative alone keeps its speaker and cue
        quotes = sorted(quotes + anaphor_frames(doc, toks, quotes), key=lambda q: q.message[0])
    if lang == "de" and cfg.get("model", {}).get("cue_tidy", False):
        # cue words quotes-de does not mark: Konjunktiv-only cues, cues inside a free indirect message, "darüber
        # hinaus" (quotes_cues.tidy_cues)
        from .quotes_cues import tidy_cues

        tidy_cues(doc, toks, quotes)
    judge_name = cfg.get("model", {}).get("quote_judge", "") if lang == "de" else ""
    if judge_name:
        # last: the judge's rows are the extractor's final quotes (training/quotes/judge_quotes.py)
        from .quotes_judge import judge, load_judge

        quotes = judge(doc, toks, quotes, load_judge(judge_name))
    split_kinds = frozenset(cfg.get("model", {}).get("split_frames", [])) if lang == "de" else frozenset()
    if split_kinds and doc is not None:
        # after the judge, which was trained on the unsplit messages
        new = split_frames(doc, toks, quotes, split_kinds)
        if new:
            quotes = sorted(quotes + new, key=lambda q: q.message[0])
    if lang == "de" and cfg.get("model", {}).get("nested_frames", False) and doc is not None:
        # after the judge, which was trained without these nested quotes
        inner = nested_frames(doc, toks, quotes)
        if inner:
            quotes = sorted(quotes + inner, key=lambda q: q.message[0])
    if lang == "de" and cfg.get("model", {}).get("dass_clause_end", False) and doc is not None:
        # after the judge, which was trained on the uncut messages
        dass_clause_ends(doc, toks, quotes)
    if lang == "de" and cfg.get("model", {}).get("coord_tail_cut", False) and doc is not None:
        # after the judge (trained on the uncut messages) and the other cuts, before semicolon_carry reads where a message ends
        tails = coord_tail_cut(doc, toks, quotes, bool(cfg.get("model", {}).get("coord_tail_reported", False)))
        if tails:
            quotes = sorted(quotes + tails, key=lambda q: q.message[0])
    if lang == "de" and cfg.get("model", {}).get("semicolon_carry", False) and doc is not None:
        # after the judge (trained on one sentence's messages) and the cuts above, which read one sentence
        quotes = semicolon_carry(doc, toks, quotes)
    if lang == "de" and cfg.get("model", {}).get("konjunktiv_frame_head", False):
        # after the judge and tidy_cues (which moves a Konjunktiv frame verb from the cue to the act)
        konjunktiv_frame_heads(toks, quotes)
    close_origins = frozenset(cfg.get("model", {}).get("close_final_mark", [])) if lang == "de" else frozenset()
    if close_origins:
        # after the judge, whose rows hold the messages without the mark (quotes_rules.close_final_mark)
        from .quotes_rules import close_final_mark

        close_final_mark(toks, quotes, close_origins)
    if lang == "de":
        # no-op unless [de] laut_adjective_next is set; last: the linker and the judge see the quotes as they were
        # trained (stripped before the linker, it named a wrong "er" for such a quote on dev; before the judge, the
        # judge dropped a right Indirect quote left without a cue)
        drop_adjective_laut(toks, quotes)
    if lang == "de" and doc is not None:
        # no-op unless a [model] key of quotes_cues.late_cues is set; after the judge, which reads a cue's length
        from .quotes_cues import late_cues

        late_cues(doc, toks, quotes)
    outer_words = frozenset(cfg.get("model", {}).get("outer_source_frame", [])) if lang == "de" else frozenset()
    if outer_words and doc is not None:
        # after the judge and late_cues (both read the verb's quote as it was trained); the speaker steps below
        # see the frame's quotes like any other
        outer = outer_source_frames(doc, toks, quotes, outer_words)
        if outer:
            quotes = sorted(quotes + outer, key=lambda q: q.message[0])
    if held:
        # last: every step above read the main linker's speakers, so the final linker moves no message or cue
        from .quotes_speakers import settle_final_speakers

        settle_final_speakers(quotes, held)
    if lang == "de" and doc is not None and cfg.get("model", {}).get("speaker_fronted_subject", False):
        # after the final linker (speakers only), before the pronoun steps: an "Es" it names is a cue's subject
        from .quotes_speakers import fronted_subject_speakers

        fronted_subject_speakers(doc, toks, quotes)
    if lang == "de" and cfg.get("model", {}).get("speaker_pronoun_subject", False):
        # after the final linker (speakers only), before the opening pronouns: a pronoun it names follows their convention
        from .quotes_speakers import pronoun_subject_speakers

        pronoun_subject_speakers(doc, quotes)
    pron_level = int(cfg.get("model", {}).get("speaker_pronoun_antecedent", 0)) if lang == "de" else 0
    if pron_level and linker_name:
        # after the final linker, so that it moves speakers only: no step above reads the resolved noun group
        from .quotes_speakers import resolve_opening_pronouns

        resolve_opening_pronouns(doc, toks, quotes, cfg.get("model", {}).get("speaker_tidy", 0), pron_level)
    if lang == "de" and doc is not None:
        # speakers only, last, in this order: each reads the speakers every step above settled
        from . import quotes_speakers

        for key, step in LATE_SPEAKER_STEPS:
            if cfg.get("model", {}).get(key, False):
                getattr(quotes_speakers, step)(doc, quotes)
    if lang == "de" and int(cfg.get("model", {}).get("join_quoted_pieces", 0)):
        # after every step that reads a piece's sentence (the linker, the judge, the cuts, the speaker steps)
        quotes = join_quoted_pieces(toks, quotes, int(cfg["model"]["join_quoted_pieces"]))
    if lang == "de" and doc is not None and doc.has_annotation("DEP") and cfg.get("model", {}).get("quoted_name_apposition", False):
        # last: it may drop a quote, and no step above reads what it leaves (a saved extraction replays it exactly)
        from .quotes_cues import quoted_names

        quotes = quoted_names(doc, toks, quotes)
    return quotes
