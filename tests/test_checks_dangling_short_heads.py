"""A 3-letter head noun taken up from an earlier compound ending in it ("Die Uhr" after "Armbanduhr"; newsgraph/checks/
dangling.Antecedents.short_head, config ``[dangling] short_heads``; checks_de card, "Round 27, late … d1"). The stem test
matches a compound's head only from 4 letters, so such a reference was a dangling candidate; the guard (the compound's
rest a known word, or two, with or without a linking element) keeps "Rat" out of "Apparat" and "Tor" out of "Reaktor"."""

from __future__ import annotations

import pytest

from newsgraph import nlp as nlp_stage
from newsgraph.checks.article import ArticleChecks
from newsgraph.checks.dangling import unresolved
from newsgraph.checks.tagging import tag_doc
from newsgraph.checks.topic import article_topic

WATCH = ("John F. Kennedys goldene Armbanduhr ist bei einer Auktion in New York für 350.000 US-Dollar versteigert worden. "
         "Die Uhr wurde einst vom Schweizer Hersteller Omega gefertigt. "
         "Der Käufer will anonym bleiben.")
COUNCIL = ("Der Stadtrat von Weimar hat am Dienstag über den neuen Haushalt beraten. "
           "Der Rat stimmte dem Entwurf mit großer Mehrheit zu.")
DEVICE = ("Ein neuer Apparat misst in der Klinik seit Montag die Herztöne der Patienten. "
          "Der Rat kam nach einer langen Sitzung zu einem anderen Ergebnis.")
ENGINE = ("Der Reaktor des Kraftwerks bei Biblis wurde am Montag wegen einer Störung abgeschaltet. "
          "Das Tor blieb nach dem Vorfall den ganzen Abend geschlossen.")


@pytest.fixture(scope="module")
def checks() -> ArticleChecks:
    return ArticleChecks()


def _has(checks: ArticleChecks, text: str, on: bool) -> dict[str, bool]:
    sents = tag_doc(nlp_stage.load("de")(text))
    lex = checks.vectors.index if on else None
    return {c.noun.text: has for c, has in unresolved(sents, checks.synonyms, 1, lexicon=lex)}


def test_a_three_letter_head_is_taken_up_from_its_compound(checks):
    assert _has(checks, WATCH, on=False)["Uhr"] is False  # the old test: MIN_KEY letters or nothing
    assert _has(checks, WATCH, on=True)["Uhr"] is True    # "armband" = "arm" + "band", both known words
    assert _has(checks, COUNCIL, on=True)["Rat"] is True  # "stadt" is a known word


def test_the_guard_keeps_words_that_merely_end_in_the_head(checks):
    # "appa" and "reak" are no words: "Apparat" is no council, "Reaktor" no gate
    assert _has(checks, DEVICE, on=True)["Rat"] is False
    assert _has(checks, ENGINE, on=True)["Tor"] is False


def test_the_stage_scores_the_reference_only_with_the_switch_off():
    nlp = nlp_stage.load("de")

    def scored(c: ArticleChecks) -> set[str]:
        sents = tag_doc(nlp(WATCH))
        topic = article_topic(sents, c.vectors, c.cfg["topic"], c.subword)
        out: set[str] = set()
        c._dangling(sents, topic, lambda kind, s, e, reason, p: out.add(WATCH[s:s + 7]))
        return out

    assert "Die Uhr" in scored(ArticleChecks(dangling={"min_prob": 0.0, "short_heads": False}))
    assert "Die Uhr" not in scored(ArticleChecks(dangling={"min_prob": 0.0, "short_heads": True}))


def test_the_corpus_counts_take_a_short_head_up_as_the_check_does():
    # the corpus counts (build_model.anaphoricity) judge first mentions with the same test: "Uhr" after "Armbanduhr"
    # is a later mention, only with the lexicon
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training/checks"))
    from build_model import anaphoricity

    doc = [("Eine", True), ("teure", False), ("Armbanduhr", False), ("wurde", False), ("verkauft", False),
           ("Die", True), ("Uhr", False), ("kam", False), ("aus", False), ("der", False), ("Schweiz", False),
           ("Die", True), ("Uhr", False), ("glänzt", False)]
    lex = {"arm": 0, "band": 1, "uhr": 2}
    assert anaphoricity([doc], {"uhr", "armbanduhr"})["uhr"][:2] == [1, 1]   # the first "die Uhr" a first mention
    assert anaphoricity([doc], {"uhr", "armbanduhr"}, lex)["uhr"][:2] == [0, 2]
