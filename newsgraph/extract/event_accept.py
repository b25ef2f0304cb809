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

Round 24 (h5) adds lexical context: whether a word of the table's ``domain`` list (economic nouns: prices, shares,
turnover, companies, markets; events.toml) is among the trigger's own arguments or elsewhere in the sentence, whether an
argument is a named entity, and -- read from the model file, not the parse -- how often the trigger's lemma was a true
event among the read sets' found events (``lemma_rate``, smoothed and binned; fitted with the weights, so that a topic
noun the read sets only ever saw as a false event weighs against itself).
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


_INFLECTION = ("", "e", "en", "n", "s", "es", "er")


def _domain(tok, domain: tuple[str, ...]) -> bool:
    # compounds name their kind last ("Aktienkurs", "Energiepreis"): a suffix match reaches them; the form as well as
    # the lemma, with its inflection, since the lemmatiser leaves some plurals ("Kredite") as they are
    if not domain:
        return False
    lemma, form = tok.lemma_.lower(), tok.lower_
    return lemma.endswith(domain) or any(form.endswith(d + i) for d in domain for i in _INFLECTION)


def lexical_features(ev, doc, domain: tuple[str, ...]) -> dict[str, float]:
    """Round 24's lexical context of event ``ev`` (binary features): the domain cue (``domain``: lower-case noun
    endings, events.toml) on the trigger, among its own arguments -- its noun dependents, and for a noun the subject
    and object of the verb over it -- and elsewhere in the sentence; a named entity among the arguments."""
    tok = _token(doc, ev.trigger.start, ev.trigger.end) if ev.trigger is not None else None
    if tok is None:
        return {}
    f: dict[str, float] = {}
    head = tok.head
    args = [c for c in tok.children if c.pos_ in ("NOUN", "PROPN")]
    if tok.pos_ in ("NOUN", "PROPN") and head.i != tok.i:
        args += [c for c in head.children if c.i != tok.i and c.pos_ in ("NOUN", "PROPN")
                 and c.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj")]
    if _domain(tok, domain):
        f["dom_trigger"] = 1.0
    if any(_domain(a, domain) for a in args):
        f["dom_arg"] = 1.0
    n_dom = sum(1 for w in tok.sent if w.pos_ == "NOUN" and w.i != tok.i and _domain(w, domain))
    f[f"dom_sent={min(n_dom, 2)}"] = 1.0
    if any(a.ent_type_ for a in args):
        f["arg_ent"] = 1.0
    if any(w.ent_type_ for w in tok.sent):
        f["sent_ent"] = 1.0
    return f


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


def lemma_bin(model: dict, feats: dict[str, float]) -> str:
    """The ``lemma_rate`` feature of ``feats`` under the model's table."""
    table = model.get("lemma_rate", {})
    lemma = next((k[6:] for k in feats if k.startswith("lemma=")), None)
    rate = table.get(lemma) if lemma is not None else None
    if rate is None:
        return "lemma_rate=unseen"
    return "lemma_rate<" + next(f"{b}" for b in model.get("rate_bins", (0.3, 0.5, 0.7, 1.01)) if rate < b)


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
    kept = []
    for e in events:
        feats = features(e, doc, len(events))
        if model.get("lexical"):
            # a round-24 table: the lexical context and the lemma's rate in the read sets
            feats.update(lexical_features(e, doc, tuple(cfg.get("domain", ()))))
            feats[lemma_bin(model, feats)] = 1.0
        if probability(model, feats) >= thr:
            kept.append(e)
    return kept


def bare_noun_filter(cfg: dict | None, lang: str, events: list, doc) -> list:
    """``[classifier.bare_nouns]`` (round 24, h5): drop an event of a type in ``types`` whose trigger is a noun and
    which has no target after the roles are filled, or one that is no actor (neither an actor type nor an entity). Aid named by a noun with nobody receiving it is a thing, not an
    act: credits in a bank's books, a company's suppliers or deliveries, oil production ("Förderung"), relief goods
    as a topic. The read sets' found nominal AID events without a target were all false (4 of 4), and train-side
    10kGNAD economy rows (gnad_events.py rows 500-649) show the same credits and production; a verb ("half",
    "versorgt") or a noun with its recipient ("Hilfspaket für Griechenland") stays. Off without ``types``, for other
    languages and without a parse."""
    if not cfg or not cfg.get("types") or doc is None or lang not in cfg.get("langs", ["de"]):
        return events
    types = set(cfg["types"])
    out = []
    for e in events:
        tgt = e.target_actor
        # a target that is no actor (no type, no entity: "Milliarden Euro") receives nothing either
        bare = tgt is None or (tgt.actor_type is None and getattr(tgt.span, "label", None) is None)
        if e.type in types and bare and e.trigger is not None:
            tok = _token(doc, e.trigger.start, e.trigger.end)
            if tok is not None and tok.pos_ in ("NOUN", "PROPN"):
                continue
        out.append(e)
    return out
