"""Person nouns read off the corpus ("Politiker" is one because the corpus has "Politikerin"; "Computer" is none) and
the person/thing clash of two conjuncts (newsgraph/checks/topic.person_noun, animacy; checks_de card, round 17).
The vocabulary is the shipped subword model's context vocabulary (models/checks_de/floret_context.json)."""

from __future__ import annotations

import pytest

from newsgraph.checks.tagging import Tok
from newsgraph.checks.topic import Segment, animacy, person_noun
from newsgraph.checks.vectors import load_subword
from newsgraph.config import models_dir


@pytest.fixture(scope="module")
def vocab():
    sub = load_subword(str(models_dir() / "checks_de"))
    if sub is None or not sub.context_index:
        pytest.skip("no subword model in models/checks_de")
    return sub.context_index


def _nn(word: str, i: int = 0, ent: str = "") -> Tok:
    return Tok(word, i, i + len(word), word.lower(), "NN", 0, True, "", i, "Sing", ent)


def test_person_nouns_by_their_female_form(vocab):
    for w in ("Politiker", "Präsidenten", "Journalisten", "Mitarbeitern", "Bürgermeisterin", "Lehrerinnen"):
        assert person_noun(_nn(w), vocab) == 1.0, w
    # compounds by their head: "Regierungssprecher" -> "Sprecher(in)"
    assert person_noun(_nn("Regierungssprecher"), vocab) == 1.0
    for w in ("Computer", "Regierung", "Ausstellung", "Chemikalien", "Hauptstadt"):
        assert person_noun(_nn(w), vocab) == 0.0, w
    # a tail that is a name's word ("griff" of "Angriff": the corpus has "Griffin") is no head
    assert person_noun(_nn("Angriff"), vocab) == 0.0


class _Topic:
    def __init__(self, vocab):
        self.subword = type("S", (), {"context_index": vocab})()


def test_a_thing_coordinated_with_a_person_clashes(vocab):
    # "dem französischen Politiker sowie dem Angriff" (an inserted conjunct of quotes-dev) against
    # "dem Präsidenten und dem Minister"
    art, adj, pol = Tok("dem", 0, 3, "der", "ART", i=0), Tok("französischen", 4, 17, "französisch", "ADJA", i=1), _nn("Politiker", 2)
    pasted = Segment([Tok("sowie", 28, 33, "sowie", "KON", i=3), Tok("dem", 34, 37, "der", "ART", i=4), _nn("Angriff", 5)],
                     "conjunct", [art, adj, pol])
    f = animacy(_Topic(vocab), pasted)
    assert f == {"own_person": 0.0, "sib_person": 1.0, "person_clash": 1.0}
    real = Segment([Tok("und", 28, 31, "und", "KON", i=3), Tok("dem", 32, 35, "der", "ART", i=4), _nn("Minister", 5)],
                   "conjunct", [art, _nn("Präsidenten", 2)])
    assert animacy(_Topic(vocab), real)["person_clash"] == 0.0


def test_a_pasted_clause_presupposes_referents_the_article_never_named():
    # "…, während die Sonde direkt durch diese Fontänen hindurchfliegt" (an appended clause of quotes-dev) after a
    # sentence about a probe and its fountains, and after one about something else
    from newsgraph.checks.topic import presupposed

    def sents(first):
        out, i, k = [], 0, 0
        for si, words in enumerate([first, [("Sie", "PPER"), ("misst", "VVFIN"), (",", "$,"), ("während", "KOUS"),
                                            ("die", "ART"), ("Sonde", "NN"), ("direkt", "ADJD"), ("durch", "APPR"),
                                            ("diese", "PDAT"), ("Fontänen", "NN"), ("hindurchfliegt", "VVFIN"),
                                            (".", "$.")]]):
            toks = []
            for w, tag in words:
                toks.append(Tok(w, i, i + len(w), w.lower(), tag, si, True, "", k, "Sing" if tag == "NN" else ""))
                i, k = i + len(w) + 1, k + 1
            out.append(toks)
        return out

    class T:
        def __init__(self, s):
            self._sents = s

    named = sents([("Die", "ART"), ("Sonde", "NN"), ("fotografiert", "VVFIN"), ("Fontänen", "NN"), (".", "$.")])
    other = sents([("Der", "ART"), ("Gemeinderat", "NN"), ("tagt", "VVFIN"), ("heute", "ADV"), (".", "$.")])
    for s, new in ((named, 0.0), (other, 2.0)):
        clause = Segment(s[1][4:11], "appended")
        f = presupposed(T(s), clause)
        assert f["def_new"] == new
        assert f["def_new_share"] == new / 2
