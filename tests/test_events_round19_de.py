"""German ASSAULT words of round 19 (issue #5; models/events_type/MODEL_CARD.md, "Round 19 ... h5").

Real sentences of the read sets (quotes-de, German Wikinews, and 10kGNAD test rows; CC BY-NC-SA 4.0). The additions
live in ``[triggers_more.ASSAULT]`` of events.toml; each test builds the lexicon with them and without them, so the
tests hold whether the list ships filled or empty."""

import pytest

import newsgraph.extract.event_lexicon as L
from newsgraph.extract.events import triggers

from .german_events import more_trigger_lexicons


@pytest.fixture
def lexicons(monkeypatch):
    """The German lexicon with [triggers_more] as configured (forced non-empty) and with it emptied."""
    yield from more_trigger_lexicons(monkeypatch, emptied=True)


def _assault(sentence, lex):
    return [h.text for h in triggers(sentence, lex) if h.type == "ASSAULT"]


@pytest.mark.parametrize("sentence, word", [
    # fresh16 (quotes-de): a stabbing, a sexual assault
    ("Ein 58jähriger Vater hat mit einem Messer auf seine drei Töchter (fünf, sechs und zehn Jahre) eingestochen, bevor "
     "er sich selbst mehrere Stiche zufügte und mit einer Gaspistole beschoß.", "eingestochen"),
    ("Zwischen dem 18. Juli und 17. August soll ein Sittenstrolch in fünf Fällen junge Frauen sexuell belästigt oder "
     "genötigt haben.", "sexuell belästigt"),
    # fresh9, fresh11, fresh12 (10kGNAD)
    ("Das Opfer erlitt Stichwunden, der Angreifer wurde von Wachpersonal angeschossen, wie Armee und Sanitätsdienste "
     "mitteilten.", "angeschossen"),
    ("Raqqa – Die Jihadistenorganisation Islamischer Staat (IS) hat die Tötung einer norwegischen und einer chinesischen "
     "Geisel bekanntgegeben.", "Tötung"),
    ("Moskau – Bei einer Massenschlägerei auf einem Friedhof in Moskau sind mindestens drei Menschen ums Leben "
     "gekommen.", "Massenschlägerei"),
])
def test_violent_acts_the_hand_list_missed_are_assault(lexicons, sentence, word):
    on, off = lexicons
    assert word in _assault(sentence, on)
    assert word not in _assault(sentence, off)


def test_negligent_homicide_is_a_charge_not_a_killing(lexicons):
    # dev: the charge of "fahrlässige Tötung" is what is charged (the ACCUSE event), not a killing the sentence reports
    s = ("Dem Mann wird von der Staatsanwaltschaft Innsbruck fahrlässige Tötung vorgeworfen, da bei dem Vorfall neun "
         "Skifahrer aus Bayern und Baden-Württemberg starben.")
    on, _ = lexicons
    assert "Tötung" not in _assault(s, on)
    assert "vorgeworfen" in [h.text for h in triggers(s, on) if h.type == "ACCUSE"]


def test_more_triggers_are_added_once_and_an_empty_list_adds_none():
    ev = {"triggers": {"ASSAULT": {"de": ["getötet"]}}, "triggers_more": {"ASSAULT": {"de": ["getötet", "erschlagen"]}}}
    assert L._with_more_triggers(ev)["triggers"]["ASSAULT"]["de"] == ["getötet", "erschlagen"]
    ev = {"triggers": {"ASSAULT": {"de": ["getötet"]}}, "triggers_more": {"ASSAULT": {"de": []}}}
    assert L._with_more_triggers(ev)["triggers"]["ASSAULT"]["de"] == ["getötet"]
