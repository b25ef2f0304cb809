"""Round 28's output-identical cuts in the checks and link stages (bench/README.md, "Twenty-eighth round: checks and
link (w2)"): each shortcut against the plain computation it replaced, on the seed article and the checks' own texts."""

from __future__ import annotations

import math

import pytest

from newsgraph.checks.dangling import Antecedents, unresolved
from newsgraph.checks.glued import _CAMEL, _CAMEL_CAP, find_camel
from newsgraph.checks.tagging import Tok, tag_doc
from newsgraph.link.names import NameMatcher, features, matcher

TEXTS = [
    "Die Polizei nahm den Mann fest. Der Verdächtige schwieg. Die Ermittler prüfen nun das Motiv, "
    "die Staatsanwaltschaft Wien ermittelt gegen den 45-Jährigen. Der Anwalt des Mannes wollte sich nicht äußern.",
    "Die Feuerwehr war mit 40 Kräften im Einsatz, das Feuer war schnell verschwundenDer Brand brach am Morgen aus. "
    "Ein Sprecher der NATO-Mission sagte, die Lage sei ruhig. Die Truppe bleibt. Der Rat tagt am Montag in Brüssel.",
]


@pytest.fixture(scope="module")
def tagged(nlp, seed_text):
    return [tag_doc(nlp(t)) for t in [seed_text, *TEXTS]]


def _state(a: Antecedents) -> tuple:
    return a.keys, a.verb_roots, a._words, a.noun_keys


def test_add_sentence_is_add_word_per_token(tagged):
    # the inlined loop must keep what add_word records for every token (a change to one is a change to both)
    for sents in tagged:
        fast, slow = Antecedents(), Antecedents()
        for toks in sents:
            fast.add_sentence(toks)
            for t in toks:
                if t.is_verb:
                    slow.add_word(t.text, t.lemma)
                elif t.tag not in ("ART", "APPR", "APPRART", "APPO", "APZR", "KON", "KOUS", "KOUI", "KOKOM", "PPER",
                                   "PRF", "PRELS", "PRELAT", "PDS", "PDAT", "PIS", "PIAT", "PPOSAT", "PWS", "PWAV", "PWAT",
                                   "PTKZU", "PTKNEG", "PTKVZ", "PTKA", "PTKANT", "PROAV", "$,", "$.", "$("):
                    slow.add_word(t.text)
                    if t.is_noun:
                        slow.noun_keys.add(t.key)
        assert _state(fast) == _state(slow)
        assert fast.keys and fast.verb_roots and fast.noun_keys


def test_unresolved_stops_after_last_candidate(tagged):
    # sentences after the last candidate's add nothing any candidate reads: the same answers as with them cut off
    for sents in tagged:
        got = unresolved(sents, {})
        assert got
        last = max(c.sent for c, _ in got)
        assert unresolved(sents[: last + 1], {}) == got
    assert any(not has for sents in tagged for _, has in unresolved(sents, {}))


def test_camel_gate_keeps_every_match():
    words = ["verschwundenDer", "MombasaDen", "WahlUnterdessen", "hausEr", "LinkedIn", "iPhone", "Regierung", "eBay",
             "NATO", "amIn", "kommenDie", "StadtDer"]
    toks = [[Tok(w, k * 20, k * 20 + len(w), w.lower(), "NN") for k, w in enumerate(words)]]
    plain = [w for w in words if not (w.islower() or w.isupper())
             and (_CAMEL.search(w) if w[:1].islower() else _CAMEL_CAP.search(w))]
    assert [g.left.text + g.right.text for g in find_camel(toks)] == plain
    assert plain == ["verschwundenDer", "MombasaDen", "WahlUnterdessen", "hausEr", "kommenDie", "StadtDer"]


def test_matcher_memo_answers_as_computed():
    m = matcher()
    fresh = NameMatcher(m.weights, m.bias, m.threshold)
    pairs = [("Merkel", "Angela Merkel"), ("Angela Merkel", "Merkel"), ("Robert Fico", "Robert de Niro"),
             ("Selenskyj", "Wolodymyr Selenskyj"), ("Merkel", "Angela Merkel")]
    for a, b in pairs:
        z = m.bias + sum(w * x for w, x in zip(m.weights, features(a, b), strict=True))
        want = 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))
        assert fresh.probability(a, b) == want
        assert fresh.probability(a, b) == want  # from the memo
    assert fresh.probability("Merkel", "Angela Merkel") > 0.5 > fresh.probability("Merkel", "Wladimir Putin")
