"""A learned acceptance check on finished German events (issue #5, round 23; ``[classifier.accept]`` of events.toml).

The lexicon and the type classifier decide *which* PLOVER type a trigger would be; they do not see whether the
sentence reports an act at all. The two largest classes of false events on the spent blind sets are topic nouns with no
act ("Bei Unruhen ... wurden ... getötet", "Am Rande der ...konferenz") and verbs in another sense ("ausgesetzt" of a
satellite), one word each, so no word list reaches them. This module describes a finished event by its trigger's place
in the parse (nominal or verbal, its dependency, the preposition over a noun, its determiner and number, a subject or
object of its own), its roles (source, target, place, date), its modality and the sentence (a finite verb at all, how
many events), and a logistic model trained on the read sets' found and false events
(training/events/train_accept.py) gives the probability that it is a gold event of its type. Events below the
threshold are dropped. Off when the table has no model; German only (the features read TIGER labels).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _token(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def features(ev, doc, sentence_events: int) -> dict[str, float]:
    """Binary features (value 1.0) of event ``ev`` over the parsed article ``doc``; ``sentence_events``: how many
    events its sentence has."""
    f: dict[str, float] = {}

    def on(name: str) -> None:
        f[name] = 1.0

    t = ev.type
    on(f"type={t}")
    on(f"mod={getattr(ev.modality, 'value', ev.modality)}")
    on(f"src={ev.source_actor is not None}")
    on(f"tgt={ev.target_actor is not None}")
    on(f"type_roles={t}|{ev.source_actor is not None}|{ev.target_actor is not None}")
    if ev.location is not None:
        on("loc")
    if ev.date:
        on("date")
    on(f"events={min(sentence_events, 3)}")
    # the type classifier's probability for the event's type (1.0 for a lexicon-only decision)
    conf = float(ev.confidence or 0.0)
    f["conf"] = conf
    on(f"conf<{next(b for b in (0.5, 0.7, 0.9, 1.01) if conf < b)}")
    tok = _token(doc, ev.trigger.start, ev.trigger.end) if ev.trigger is not None else None
    if tok is None:
        on("no_token")
        return f
    pos = tok.pos_
    nominal = pos in ("NOUN", "PROPN")
    on(f"pos={pos}")
    on(f"type_pos={t}|{'N' if nominal else pos}")
    on(f"dep={tok.dep_}")
    on(f"lemma={tok.lemma_.lower()}")
    head = tok.head
    on(f"head_pos={head.pos_ if head.i != tok.i else 'ROOT'}")
    kids = {c.dep_ for c in tok.children}
    # the parse is UD (de_core): subjects nsubj / nsubj:pass, objects obj / iobj, a noun's preposition a "case" child
    if kids & {"nsubj", "nsubj:pass", "csubj"}:
        on("has_subj")
    if kids & {"obj", "iobj", "ccomp", "xcomp"}:
        on("has_obj")
    if "cop" in kids:
        on("copula")
    if nominal:
        on(f"plural={'Plur' in tok.morph.get('Number')}")
        dets = [c for c in tok.children if c.dep_ in ("det", "det:poss", "nmod:poss") and c.i < tok.i]
        if not dets:
            on("det=none")
        else:
            lem = dets[0].lemma_.lower()
            on("det=" + ("poss" if dets[0].dep_ != "det" or "Poss=Yes" in str(dets[0].morph) else
                         "def" if lem in ("der", "die", "das", "dieser") else
                         "indef" if lem in ("ein", "eine", "kein") else "other"))
        case = [c for c in tok.children if c.dep_ == "case" and c.i < tok.i]
        if case:
            on(f"prep={case[0].lower_}")
        on(f"noun_dep={tok.dep_}|{head.pos_ if head.i != tok.i else 'ROOT'}")
        if any(c.dep_ in ("nmod", "obl") and any(g.lower_ in ("von", "durch") for g in c.children if g.dep_ == "case")
               for c in tok.children):
            on("noun_agent")
        if "-" in tok.text:
            on("hyphen")
    else:
        if tok.dep_ in ("acl", "acl:relcl"):
            on("rel_clause")
        on(f"verb_fin={'Fin' in tok.morph.get('VerbForm') or any(c.dep_ in ('aux', 'aux:pass') and 'Fin' in c.morph.get('VerbForm') for c in tok.children)}")
        if "aux:pass" in kids:
            on("passive")
        if any(c.dep_ == "aux" and c.lemma_.lower() in ("können", "sollen", "wollen", "müssen", "dürfen") for c in tok.children):
            on("modal_aux")
    sent = tok.sent
    if not any("Fin" in w.morph.get("VerbForm") for w in sent):
        on("no_finite")  # a headline or a subtitle's noun phrase
    if any(w.is_digit for w in sent):
        on("digits")
    return f


@lru_cache(maxsize=4)
def _model(path: str) -> dict:
    p = Path(path)
    return json.loads((p if p.is_absolute() else ROOT / p).read_text("utf-8"))


def probability(model: dict, feats: dict[str, float]) -> float:
    w = model["weights"]
    z = model["bias"] + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z))


def accept_filter(cfg: dict | None, lang: str, events: list, doc) -> list:
    """The events of one sentence whose acceptance probability reaches ``cfg["threshold"]``; all of them when the
    table is off (no model), for another language or without a parse."""
    if not cfg or not cfg.get("model") or doc is None or lang not in cfg.get("langs", ["de"]) or not events:
        return events
    model = _model(cfg["model"])
    thr = cfg.get("threshold", model.get("threshold", 0.5))
    return [e for e in events if probability(model, features(e, doc, len(events))) >= thr]
