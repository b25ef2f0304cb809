"""Learned German triggers (issue #5; newsgraph/extract/event_learned.py, models/events_type/triggers.json)."""

from functools import lru_cache

from newsgraph import nlp
from newsgraph.extract.event_learned import candidates, known_word, load_scorer
from newsgraph.extract.event_lexicon import lexicon
from newsgraph.extract.events import EventExtractor
from newsgraph.model import Analysis, Article

# quotes-de train (73475, CC BY-NC-SA 4.0): money flowing is AID, a word no lexicon form holds
FLIESSEN = ("Während die „Troika“ aus EU-Kommission, Europäischer Zentralbank (EZB) und Internationalem "
            "Währungsfonds (IWF) untersucht, wie weit das verschuldete Griechenland seinen Reformverpflichtungen "
            "nachkommt, fließen weiter Gelder aus Brüssel nach Athen.")


@lru_cache(maxsize=8)
def _doc(text: str):
    return nlp.load("de")(text)


def _events(text: str, cfg: dict | None):
    doc = _doc(text)
    a = Analysis(article=Article(id="t", text=text, language="de"))
    nlp.sentences(a, doc)
    ex = EventExtractor("de", learned=None if cfg is None else load_scorer("events_type/triggers.json", "de"))
    if cfg is not None:
        ex.learned_cfg = cfg
    return [(e.type, e.trigger.text) for e in ex.run(a, doc)]


def test_candidates_are_words_no_lexicon_form_holds():
    lex = lexicon("de")
    words = [t.text for t in candidates(_doc(FLIESSEN), [], lex)]
    assert "fließen" in words
    # "untersucht" is a lexicon word (ACCUSE), names are no candidates
    assert "untersucht" not in words and "Brüssel" not in words
    # a word the lexicon vetoes in this sentence stays out: the lexicon knows it in some context
    assert known_word("verletzt", lex) and not known_word("fließen", lex)


def test_shipped_scorer_is_off_by_default_and_loads():
    assert EventExtractor("de").learned is None
    sc = load_scorer("events_type/triggers.json", "de")
    assert sc is not None and "NONE" in sc.classes and "AID" in sc.classes
    toks = candidates(_doc(FLIESSEN), [], lexicon("de"))
    for p in sc.proba(toks):
        assert abs(sum(p.values()) - 1.0) < 1e-6


def test_veto_drops_a_state_and_keeps_an_arrest():
    # "in Haft" is a state (dev sentence, quotes-de), an arrest an act: the rescoring use drops only the first
    state = "Der Täter ist wegen Gewaltdelikten in Haft."
    assert ("COERCE", "Haft") in _events(state, None)
    assert ("COERCE", "Haft") not in _events(state, {"add": False, "veto": 0.6})
    act = "Die Polizei hat am Montag einen 38-jährigen Mann verhaftet."
    assert ("COERCE", "verhaftet") in _events(act, {"add": False, "veto": 0.6})


def test_add_use_gives_an_event_to_a_sentence_the_lexicon_left_empty():
    text = "Die Gelder fließen weiter nach Athen."
    assert _events(text, None) == []
    added = _events(text, {"add": True, "only_empty": True, "threshold": 0.0, "max_per_sentence": 1})
    assert len(added) == 1 and added[0][1] in ("Gelder", "fließen")
