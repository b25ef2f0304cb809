"""A learned chooser over the candidate actors of a German event (issue #5, round 26; h5).

The parse rules (event_parse_actors) and the word-order finder (event_actors) each propose a source and a target;
events.py combines them into one choice. Every phrase either could have picked is a candidate here: the rules'
proposals, every actor-like noun phrase head of the trigger's sentence (``ParseRoles.actor`` of it), the word-order
finder's phrases, and the previous sentence's subject. Each candidate gets binary features (which rule proposed it,
whether it is the current choice, its dependency relation, preposition, morphological case, NER label, animacy,
position and distance to the trigger, the path to it, the trigger's voice and part of speech). A logistic model per
role (weights in ``models/events_type/actor_chooser.json``, trained by training/events/train_actor_chooser.py on the
read sets) scores the candidates; the current choice is replaced only when the best candidate beats it by ``margin``
(an empty role counts ``empty``), so the rules stand wherever the model is unsure.

Configuration: events.toml ``[classifier.actor_chooser]`` (``model`` empty: off).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from ..model import Actor
from .event_parse_actors import NOMINAL, NP_DEPS, _case, _case_of, _is_passive, _verbal

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "events_type"


def _bucket(d: int) -> str:
    return "1" if d <= 1 else "2" if d == 2 else "3-4" if d <= 4 else "5-8" if d <= 8 else "9+"


def _path(h, t) -> str:
    """How the candidate's head hangs on the trigger token: its child, grandchild, sibling, ancestor, else none."""
    if h.head.i == t.i:
        return "child"
    if h.head.head.i == t.i:
        return "grandchild"
    if h.head.i == t.head.i and h.i != t.head.i:
        return "sibling"
    x, steps = t, 0
    while x.head.i != x.i and steps < 6:
        x, steps = x.head, steps + 1
        if x.i == h.i:
            return "ancestor"
        if x.i == h.head.i:
            return "aunt"
    return "none"


class Candidate:
    __slots__ = ("actor", "head", "rules")

    def __init__(self, actor: Actor, head, rule: str) -> None:
        self.actor, self.head, self.rules = actor, head, {rule}


def _same(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.span is not None and b.span is not None \
        and a.span.start == b.span.start and a.span.end == b.span.end


def _overlaps(a: Actor | None, b: Actor | None) -> bool:
    return a is not None and b is not None and a.span is not None and b.span is not None and a.span.overlaps(b.span)


def candidates(parse, t, text: str, proposals: dict[str, Actor | None], phrases: list[Actor],
               to_actor) -> list[Candidate]:
    """Every phrase the actor finders could pick for the event at trigger token ``t``: ``proposals`` (rule name ->
    actor: the current source and target, the parse's and word order's), ``phrases`` (the word-order finder's
    phrases as actors), the sentence's actor-like noun phrase heads and the previous sentence's subject
    (``to_actor``: ParseActor -> Actor)."""
    doc = parse.doc
    out: list[Candidate] = []

    def add(actor: Actor | None, rule: str, head=None) -> None:
        if actor is None or actor.span is None:
            return
        for c in out:
            if _same(c.actor, actor):
                c.rules.add(rule)
                return
        if head is None:
            span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
            if span is None or not len(span):
                return
            head = span.root
        out.append(Candidate(actor, head, rule))

    for rule, actor in proposals.items():
        add(actor, rule)
    a, b = parse.sent_bounds(t)
    for h in doc[a:b]:
        if h.i == t.i or h.pos_ not in NOMINAL or h.dep_ in NP_DEPS or not parse._actorish(h):
            continue
        add(to_actor(parse.actor(h)), "np", h)
    for p in phrases:
        add(p, "phrase")
    prev = next(((x, y) for x, y in parse._sents if y == a), None)
    if prev is not None:
        subj = next((h for h in doc[prev[0]:prev[1]] if h.dep_ == "nsubj" and h.head.dep_ == "ROOT"
                     and h.pos_ in NOMINAL and parse._actorish(h)), None)
        if subj is not None:
            add(to_actor(parse.actor(subj)), "prev_subject", subj)
    return out


def features(parse, t, etype: str, c: Candidate, role: str, current: dict[str, Actor | None]) -> list[str]:
    """Binary features of candidate ``c`` for ``role`` ("source"/"target") of the event at trigger token ``t``."""
    h = c.head
    other = "target" if role == "source" else "source"
    verbal = _verbal(t)
    passive = "pass" if verbal and _is_passive(t, etype) else "act" if verbal else "noun"
    same_sent = parse.sent_bounds(h) == parse.sent_bounds(t)
    side = "prev" if not same_sent else "before" if h.i < t.i else "after"
    dep = h.dep_ or "-"
    case = (_case_of(h) or "-") if same_sent else "-"
    mcase = _case(h) or "-"
    f = [f"rule:{r}" for r in sorted(c.rules)]
    f += [f"cur:{_same(c.actor, current.get(role))}", f"cur_other:{_same(c.actor, current.get(other))}",
          f"cur_none:{current.get(role) is None}",
          f"dep:{dep}", f"case:{case}", f"mcase:{mcase}", f"pos:{h.pos_}", f"ent:{h.ent_type_ or '-'}",
          f"anim:{parse.animacy(h)}", f"side:{side}", f"dist:{_bucket(abs(h.i - t.i)) if same_sent else 'prev'}",
          f"path:{_path(h, t) if same_sent else 'prev'}", f"voice:{passive}", f"type:{etype}",
          f"place:{parse.in_place_phrase(c.actor.span.start, c.actor.span.end)}",
          f"dep_voice:{dep}|{passive}", f"case_voice:{case}|{passive}", f"side_voice:{side}|{passive}",
          f"mcase_voice:{mcase}|{passive}", f"dep_side:{dep}|{side}"]
    f += [f"rule_voice:{r}|{passive}" for r in sorted(c.rules)]
    # the rules' choice is right most of the time; where it is wrong shows in its own dependency, case and path
    cur = "cur" if _same(c.actor, current.get(role)) else "none" if current.get(role) is None else "other"
    path = _path(h, t) if same_sent else "prev"
    f += [f"cur_dep:{cur}|{dep}", f"cur_case:{cur}|{case}", f"cur_path:{cur}|{path}", f"cur_voice:{cur}|{passive}",
          f"cur_side:{cur}|{side}", f"cur_anim:{cur}|{parse.animacy(h)}"]
    words = c.actor.span.text.split()
    f += [f"atype:{c.actor.actor_type or '-'}", f"len:{min(len(words), 4)}",
          f"capital:{sum(w[:1].isupper() for w in words) == len(words)}"]
    return f


def none_features(parse, t, etype: str, role: str, current: dict[str, Actor | None]) -> list[str]:
    """The features of leaving the role empty (a ranking model's "no actor" candidate)."""
    verbal = _verbal(t)
    passive = "pass" if verbal and _is_passive(t, etype) else "act" if verbal else "noun"
    return ["NONE", f"NONE|voice:{passive}", f"NONE|type:{etype}", f"NONE|cur_none:{current.get(role) is None}",
            f"NONE|dep:{t.dep_}"]


class ActorChooser:
    """Scores candidates per role with the shipped weights and overrides the rules' choice only when sure."""

    def __init__(self, cfg: dict) -> None:
        path = Path(cfg["model"])
        if not path.is_absolute():
            path = MODEL_DIR.parent.parent / path
        data = json.loads(path.read_text(encoding="utf-8"))
        self.weights: dict[str, dict[str, float]] = data["weights"]
        self.bias: dict[str, float] = data["bias"]
        self.margin = float(cfg.get("margin", data.get("margin", 0.3)))
        self.empty = float(cfg.get("empty", data.get("empty", 0.5)))
        self.roles = cfg.get("roles", ["source", "target"])
        # "rank": pairwise scores over the candidates and "no actor" (margins in score units); else a probability
        self.rank = data.get("kind") == "rank"

    def prob(self, role: str, feats: list[str]) -> float:
        w = self.weights[role]
        z = self.bias[role] + sum(w.get(x, 0.0) for x in feats)
        return z if self.rank else 1.0 / (1.0 + math.exp(-z))

    def choose(self, parse, t, etype: str, cands: list[Candidate], src: Actor | None,
               tgt: Actor | None) -> tuple[Actor | None, Actor | None]:
        current = {"source": src, "target": tgt}
        for role in ("source", "target"):
            if role not in self.roles:
                continue
            other = current["target" if role == "source" else "source"]
            scored = [(self.prob(role, features(parse, t, etype, c, role, current)), c) for c in cands
                      if not _overlaps(c.actor, other) or _same(c.actor, current[role])]
            if not scored:
                continue
            best_p, best = max(scored, key=lambda x: x[0])
            if _same(best.actor, current[role]):
                continue
            if self.rank:
                none_p = self.prob(role, none_features(parse, t, etype, role, current))
                if none_p >= best_p:
                    continue  # leaving the role empty ranks first: never empties a role the rules filled
                cur_p = none_p if current[role] is None else \
                    next((p for p, c in scored if _same(c.actor, current[role])), None)
            else:
                cur_p = self.empty if current[role] is None else \
                    next((p for p, c in scored if _same(c.actor, current[role])), None)
            if cur_p is not None and best_p - cur_p >= self.margin:
                current[role] = best.actor
        return current["source"], current["target"]


def load(cfg: dict | None) -> ActorChooser | None:
    if not cfg or not cfg.get("model"):
        return None
    return ActorChooser(cfg)

