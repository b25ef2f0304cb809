"""A learned acceptance check for German NOUN triggers only (issue #5, round 29; ``[classifier.noun_accept]`` of
events.toml).

On unseen text about half of the events a noun triggers are false (the 20 spent blind sets: 88 right against 95 false
at round 28's end), while verb triggers are mostly right. A noun names an act the sentence reports when the sentence
says it happened ("kam es zu schweren Ausschreitungen", "führte ... eine Razzia durch", "Die Festnahme erfolgte ...");
it is a topic, a setting or a background when it hangs on a verb of saying or thinking ("warnte vor einem Angriff",
"geht es um"), stands in a temporal or causal phrase beside another act ("nach der Festnahme", "wegen der Proteste"),
or names an institution ("die Sitzung des Rates beschloss"). Round 23's acceptance model (``event_accept``) saw every
event and barely separated them; this one describes a noun only, by its place under the verb that governs it: the
noun's dependency and preposition, determiner and number, the governing verb's lemma and its class (``occur_verbs``:
verbs that report an act named by their noun, ``topic_verbs``: verbs the noun is the topic of, copulas), an expletive
"es", negation, whether a verb trigger of the same sentence carries an event and whether the noun hangs inside that
verb's clause, the event's roles and modality. A logistic model (training/events/train_noun_accept.py, read sets only)
gives the probability that the noun event is a gold event of its type; below ``threshold`` it is dropped. Events whose
trigger is no noun pass untouched. Off without a model; German only (the features read UD labels of the German parse).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOMINAL = ("NOUN", "PROPN")
# links through which a noun hangs on another noun before the chain reaches its verb ("Beginn der Gespräche",
# "Angriffe und Anschläge", "Razzia, eine Aktion ...")
_NOMINAL_LINKS = ("nmod", "conj", "appos", "flat", "flat:name", "compound", "nmod:poss")
_NEG = ("nicht", "nie", "niemals", "kein", "keine")
# the word lists of the table that are features (a model file records the ones it was fitted with)
LIST_KEYS = ("occur_verbs", "topic_verbs", "copulas", "frame_nouns")


def trigger_token(doc, ev):
    """The root token of event ``ev``'s trigger in ``doc`` (None when it does not map onto the parse)."""
    if doc is None or ev.trigger is None:
        return None
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def verb_lemma(tok) -> str:
    """A verb's lemma with its separable particle ("führte ... durch" -> "durchführen")."""
    prt = [c.lower_ for c in tok.children if c.dep_ == "compound:prt"]
    return (prt[0] if prt else "") + tok.lemma_.lower()


def governor(tok):
    """(the verb, adjective or root the noun ``tok`` hangs on, how many nominal links lie between them, the link the
    chain reaches it by). The verb is None when the chain ends at a noun root (a headline)."""
    h, links = tok, 0
    while h.dep_ in _NOMINAL_LINKS and h.head.i != h.i and h.head.pos_ in NOMINAL:
        h, links = h.head, links + 1
    if h.head.i == h.i:
        return None, links, "ROOT"
    g = h.head
    # an auxiliary or copula heads nothing in UD; reach the verb above it if the parse hung the noun there
    return g, links, h.dep_


def _det(tok) -> str:
    dets = [c for c in tok.children if c.dep_ in ("det", "det:poss", "nmod:poss") and c.i < tok.i]
    if not dets:
        return "none"
    d = dets[0]
    lem = d.lemma_.lower()
    if lem in ("kein", "keine"):
        return "neg"
    if d.dep_ != "det" or "Poss=Yes" in str(d.morph):
        return "poss"
    if lem in ("der", "die", "das", "dieser", "jener"):
        return "def"
    if lem in ("ein", "eine"):
        return "indef"
    return "other"


def noun_features(tok, etype: str, has_src: bool, has_tgt: bool, modality: str, others: list[tuple[int, str, str]],
                  lists: dict) -> dict[str, float]:
    """Binary features of a noun trigger ``tok`` (a token of the parse) of an event of type ``etype``; ``others``:
    the sentence's other events as (token index of the trigger's root, type, its POS); ``lists``: ``occur_verbs``,
    ``topic_verbs``, ``copulas`` (events.toml, recorded in the model file)."""
    f: dict[str, float] = {}

    def on(name: str) -> None:
        f[name] = 1.0

    on(f"type={etype}")
    on(f"mod={modality}")
    on(f"roles={has_src}|{has_tgt}")
    on(f"dep={tok.dep_}")
    case = [c.lower_ for c in tok.children if c.dep_ == "case" and c.i < tok.i]
    prep = case[0] if case else ""
    on(f"prep={prep or '-'}")
    on(f"det={_det(tok)}")
    on(f"plural={'Plur' in tok.morph.get('Number')}")
    if any(c.dep_ == "amod" for c in tok.children):
        on("amod")
    if any(c.dep_ in ("nmod", "nmod:poss") for c in tok.children):
        on("has_nmod")
    if any(c.dep_ == "cop" for c in tok.children):
        on("copula_pred")  # "Das war ein Angriff auf ..."
    g, links, via = governor(tok)
    on(f"links={min(links, 2)}")
    on(f"via={via}")
    on(f"lemma={tok.lemma_.lower()}")
    if links:
        # the noun it is an attribute of: a frame ("Ziel der Offensive", "Abschluss des Treffens") or a doer
        # ("Bombenleger der Anschläge")
        hn = tok.head
        on(f"head_noun={hn.lemma_.lower()}")
        frames = set(lists.get("frame_nouns", ()))
        if hn.lemma_.lower() in frames:
            on("head_frame")
        if any(i == hn.i for i, _, _ in others):
            on("head_is_event")
    occur, topic, cop = (set(lists.get(k, ())) for k in ("occur_verbs", "topic_verbs", "copulas"))
    if g is None:
        on("gov=ROOT")
    else:
        gl = verb_lemma(g)
        on(f"gov_pos={g.pos_}")
        on(f"gov_lemma={gl}")
        cls = ("occur" if gl in occur else "topic" if gl in topic else "copula" if gl in cop or g.pos_ == "AUX"
               else "other")
        on(f"gov_class={cls}")
        on(f"gov_class_via={cls}|{via}")
        if any(c.lower_ == "es" and c.dep_ in ("expl", "nsubj") for c in g.children):
            on("gov_es")  # "gab es", "kam es zu"
        if any(c.lower_ in _NEG for c in g.children):
            on("gov_neg")
        if g.dep_ in ("acl", "acl:relcl"):
            on("gov_rel")
        if g.dep_ in ("advcl", "ccomp", "xcomp", "csubj"):
            on("gov_sub")
    verbs = [(i, t) for i, t, pos in others if pos not in NOMINAL]
    nouns = [(i, t) for i, t, pos in others if pos in NOMINAL]
    if verbs:
        on("verb_event")
        anc = {a.i for a in tok.ancestors}
        if g is not None and any(i == g.i for i, _ in verbs):
            on("gov_is_event")  # the noun is an argument of another event's verb ("verurteilte den Angriff")
        elif any(i in anc for i, _ in verbs):
            on("under_event")
        if any(t == etype for _, t in verbs):
            on("verb_same_type")
    if verbs and links:
        # an attribute of another noun in a sentence whose verb already reports an act: its setting, topic or
        # background ("Zum Abschluss des Treffens sollen ... unterschrieben werden")
        on("attr_beside_verb_event")
    if nouns:
        on("noun_event")
    if not any("Fin" in w.morph.get("VerbForm") for w in tok.sent):
        on("no_finite")
    return f


def event_rows(events: list, doc) -> list:
    """(event, its trigger token or None) for the events of one sentence."""
    return [(e, trigger_token(doc, e)) for e in events]


def features_of(ev, tok, pairs: list, lists: dict) -> dict[str, float]:
    """``noun_features`` of event ``ev`` with its token ``tok`` among its sentence's ``pairs`` (``event_rows``)."""
    others = [(t.i, e.type, t.pos_) for e, t in pairs if e is not ev and t is not None]
    return noun_features(tok, ev.type, ev.source_actor is not None, ev.target_actor is not None,
                         str(getattr(ev.modality, "value", ev.modality)), others, lists)


@lru_cache(maxsize=4)
def _model(path: str) -> dict:
    p = Path(path)
    return json.loads((p if p.is_absolute() else ROOT / p).read_text("utf-8"))


def probability(model: dict, feats: dict[str, float]) -> float:
    w = model["weights"]
    z = model["bias"] + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def noun_accept_filter(cfg: dict | None, lang: str, events: list, doc) -> list:
    """The events of one sentence but the noun-triggered ones the check drops: with a ``model``, those whose
    probability is below ``cfg["threshold"]``; with ``gate`` (feature names of ``noun_features``, no model needed),
    those that have one of them. All of them when both are empty, for another language or without a parse."""
    if not cfg or not (cfg.get("model") or cfg.get("gate")) or doc is None or lang not in cfg.get("langs", ["de"]) \
            or not events:
        return events
    model = _model(cfg["model"]) if cfg.get("model") else None
    gate = set(cfg.get("gate") or ())
    lists = model.get("lists", {}) if model else {k: cfg.get(k, []) for k in LIST_KEYS}
    thr = cfg.get("threshold", model.get("threshold", 0.5) if model else 0.5)
    pairs = event_rows(events, doc)
    kept = []
    for e, tok in pairs:
        if tok is not None and tok.pos_ in NOMINAL:
            feats = features_of(e, tok, pairs, lists)
            if gate & feats.keys() or (model is not None and probability(model, feats) < thr):
                continue
        kept.append(e)
    return kept
