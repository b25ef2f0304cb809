"""Verb-argument fit of a dangling-reference candidate: how well its noun fits as the subject of its verb.

Generator v3's swapped-in nouns are mostly nouns that cannot fill their predicate ("Die Saison räumte auch ein",
"Der Zaun forderte verstärkte Maßnahmen"; checks_de card, rounds 13 and 18), and the misses among them fit the
article's topic, so topic vectors do not see them. What does is how news text uses the verb: which nouns it has as
its subject. The counts come from parsed unlabelled text of the train side only
(training/checks/dangling_verb_table.py -> models/checks_de/verb_args.json); the pairs are read off the same parse the
run-time check gets (``tagging.tag_doc``: UD relations of the shipped parser), so corpus and check key verbs and nouns
alike, parser noise included.

Relations: ``s`` an active subject (``nsubj``); ``o`` the patient, an object (``obj``) or a passive subject
(``nsubj:pass``): "Der Minister wurde entlassen" and "entließ den Minister" say the same of the noun. The verb key is
the lemma with its separated particle ("räumte … ein" -> "einräumen"), or "=" + the predicate's lemma for a copula
("Der Plan ist unklar" -> "=unklar").
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from .tagging import Tok

_REL = {"nsubj": "s", "nsubj:pass": "o", "obj": "o"}
# subjects that are persons or act like them (speech verbs, "fordern", "ermitteln" take them): named persons and
# organisations and the personal pronouns that in news text mostly stand for them
_AGENT_ENTS = {"PER", "ORG"}
_AGENT_PRONOUNS = {"ich", "wir", "er", "du", "ihr"}


def verb_key(head: Tok, children: list[Tok]) -> str | None:
    """The key of a predicate: a verb's lemma with its separated particle, a copula's predicate as "=lemma"."""
    if head.is_verb:
        prt = next((c.text.lower() for c in children if c.dep == "compound:prt"), "")
        return prt + head.lemma
    if any(c.dep == "cop" for c in children):
        return "=" + head.lemma
    return None


def noun_key(t: Tok) -> tuple[str, str] | None:
    """(key, kind) of an argument: a common noun by its light stem; a name by its entity label (names are too rare
    one by one); a personal pronoun as "#lemma"."""
    if t.tag in ("NN", "NE") and not t.ent:
        return t.key, "N"
    if t.tag in ("NN", "NE") and t.ent:
        return "<" + t.ent + ">", t.ent
    if t.tag == "PPER":
        return "#" + t.text.lower(), "PRON"
    return None


def pairs(sents: list[list[Tok]]) -> list[tuple[str, str, str, int]]:
    """(relation, verb key, noun key, agentive) for every subject, passive subject and object of a parsed text."""
    out = []
    for toks in sents:
        by_i = {t.i: t for t in toks}
        children: dict[int, list[Tok]] = {}
        for t in toks:
            children.setdefault(t.head, []).append(t)
        for t in toks:
            rel = _REL.get(t.dep)
            if rel is None:
                continue
            head = by_i.get(t.head)
            if head is None or head.i == t.i:
                continue
            v = verb_key(head, children.get(head.i, []))
            n = noun_key(t)
            if v is None or n is None:
                continue
            agent = int(n[1] in _AGENT_ENTS or (n[1] == "PRON" and t.text.lower() in _AGENT_PRONOUNS))
            out.append((rel, v, n[0], agent))
    return out


def candidate_slot(noun: Tok, toks: list[Tok]) -> tuple[str, str] | None:
    """(relation, verb key) of a candidate noun that is a subject (active or passive) in its sentence, else None."""
    rel = _REL.get(noun.dep)
    if rel is None or noun.dep == "obj":
        return None
    head = next((t for t in toks if t.i == noun.head), None)
    if head is None or head.i == noun.i:
        return None
    v = verb_key(head, [t for t in toks if t.head == head.i and t.i != head.i])
    return (rel, v) if v is not None else None


def count_table(docs: list[list], min_verb: int = 3) -> dict:
    """Counts by relation: verb totals, noun totals, pairs of verbs seen ``min_verb`` times, each verb's share of agent
    subjects (names of persons or organisations, er/ich/wir) and each noun's mean agent share over its verbs. ``docs``:
    the ``pairs`` of each document (training/checks/dangling_verb_table.py)."""
    pair: dict[str, Counter] = defaultdict(Counter)
    agent: dict[str, Counter] = defaultdict(Counter)
    for d in docs:
        for rel, v, n, a in d:
            pair[rel][(v, n)] += 1
            agent[rel][v] += a
    out = {"verbs": {}, "nouns": {}, "pairs": {}, "total": {}, "verb_agent": {}, "noun_agent": {}, "agent_prior": {}}
    for rel in ("s", "o"):
        verbs, nouns = Counter(), Counter()
        for (v, n), c in pair[rel].items():
            verbs[v] += c
            nouns[n] += c
        share = {v: (agent[rel][v] + 1.0) / (c + 2.0) for v, c in verbs.items()}
        na: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
        for (v, n), c in pair[rel].items():
            if not n.startswith(("<", "#")):
                na[n][0] += c * share[v]
                na[n][1] += c
        keep = {v for v, c in verbs.items() if c >= min_verb}
        p: dict[str, dict[str, int]] = defaultdict(dict)
        for (v, n), c in pair[rel].items():
            if v in keep:
                p[v][n] = c
        out["verbs"][rel] = {v: c for v, c in verbs.items() if v in keep}
        out["nouns"][rel] = dict(nouns)
        out["pairs"][rel] = dict(p)
        out["total"][rel] = sum(verbs.values())
        out["verb_agent"][rel] = {v: [agent[rel][v], verbs[v]] for v in keep}
        out["noun_agent"][rel] = {n: [round(s, 2), m] for n, (s, m) in na.items()}
        # what an unseen noun is assumed to have: the mean over all common-noun arguments
        out["agent_prior"][rel] = sum(s for s, _ in na.values()) / max(1, sum(m for _, m in na.values()))
    return out


@lru_cache(maxsize=4)
def load_table(directory: str, name: str = "verb_args.json") -> dict | None:
    """The counts of training/checks/dangling_verb_table.py in a model directory; None when not built."""
    p = Path(directory) / name
    return json.loads(p.read_text("utf-8")) if p.exists() else None


VERB_FEATURES = ("va_has", "va_pmi", "va_seen", "va_gap", "va_agent", "va_noun_agent", "va_agent_gap")


def _lookup(table: dict, key: str, min_total: int = 5, min_len: int = 4) -> str | None:
    """The key itself, else the longest compound head the table holds often enough ("Erdgasliefervertrag" -> "vertrag")."""
    if key in table:
        return key
    for i in range(1, len(key) - min_len + 1):
        c = table.get(key[i:])
        if c is not None and c >= min_total:
            return key[i:]
    return None


def features(noun: Tok, toks: list[Tok], article_nouns: list[Tok], table: dict | None, cfg: dict) -> dict[str, float]:
    """The verb-argument features of a candidate (``VERB_FEATURES``; zeros when the noun is no subject or the verb is
    rare in the corpus):

    - ``va_pmi``: smoothed log-odds of this noun as the verb's subject against the noun's share of all subjects
      (Dirichlet smoothing with ``verb_alpha`` pseudo-counts spread by the noun's marginal);
    - ``va_seen``: the pair occurs in the corpus at all;
    - ``va_gap``: ``va_pmi`` minus the best of the article's other nouns as the same verb's subject (a story whose
      other nouns fit the verb better than this one: the noun is out of place, not the verb);
    - ``va_agent``: the share of the verb's subjects that are persons or organisations (names, er/ich/wir), and
      ``va_noun_agent`` the same share averaged over the verbs the noun is the subject of (how agent-like the
      noun is); ``va_agent_gap`` their difference ("Der Zaun forderte": a verb of agents, a noun that is none).
    """
    zero = dict.fromkeys(VERB_FEATURES, 0.0)
    if not table:
        return zero
    slot = candidate_slot(noun, toks)
    if slot is None:
        return zero
    rel, v = slot
    verbs, nouns, pair = table["verbs"][rel], table["nouns"][rel], table["pairs"][rel]
    cv = verbs.get(v, 0)
    if cv < cfg.get("verb_min", 5):
        return zero
    total = table["total"][rel]
    n_nouns = len(nouns) + 1
    alpha = cfg.get("verb_alpha", 10.0)
    seen_v = pair.get(v, {})

    def pmi(key: str) -> tuple[float, bool]:
        k = _lookup(nouns, key) or key
        pn = (nouns.get(k, 0) + 1.0) / (total + n_nouns)
        c = seen_v.get(k, 0)
        return math.log((c + alpha * pn) / (cv + alpha)) - math.log(pn), c > 0

    own_key = noun.key
    p, seen = pmi(own_key)
    others = {t.key for t in article_nouns if t.tag == "NN" and not t.ent and t.key != own_key and len(t.key) >= 3}
    best = max((pmi(k)[0] for k in others), default=p)
    agents = table["verb_agent"][rel]
    a, n = agents.get(v, (0, 0))
    va_agent = (a + 1.0) / (n + 2.0)
    na = table["noun_agent"][rel]
    k = _lookup(nouns, own_key)
    s, m = na.get(k, (0.0, 0)) if k else (0.0, 0)
    prior = table["agent_prior"][rel]
    noun_agent = (s + 2.0 * prior) / (m + 2.0)
    return {"va_has": 1.0, "va_pmi": p, "va_seen": float(seen), "va_gap": p - best, "va_agent": va_agent,
            "va_noun_agent": noun_agent, "va_agent_gap": va_agent - noun_agent}
