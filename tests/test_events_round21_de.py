"""German events of round 21 (issue #5; models/events_type/MODEL_CARD.md, "Round 21 ... h6"): [classifier]
sentence_dates of events.toml (events dated only by their own sentence) and [triggers_more.RETREAT] (forms of resigning).

A passage adapted from a read set (dev), sentences of spent blind sets (fresh4, fresh17; quotes-de: German Wikinews,
CC BY-NC-SA 4.0) and constructed controls. Each switch is set explicitly in each test, so they hold whether it ships on
or off."""

import pytest

from newsgraph.extract.events import triggers

from .german_events import german_events, more_trigger_lexicons


def _dated(text, etype, trigger, on):
    def settings(s):
        return {**s, "sentence_dates": ["de"] if on else []}

    ev = next(e for e in german_events(text, settings=settings) if e.type == etype and e.trigger.text == trigger)
    return ev.date


# dev: the state of emergency is declared "gestern" in the sentence before; the guide dates an event only when its
# own sentence gives a date, so "verhängte" has none (the lent date was the gold's "dated, gold has no date")
SAMAK = ("Ministerpräsident Samak Sundaravej griff gestern zu einer drastischen Maßnahme, um den Protesten zu begegnen. "
         "Er verhängte den Ausnahmezustand über die Hauptstadt.")


def test_an_event_without_a_date_of_its_own_sentence_stays_undated():
    assert _dated(SAMAK, "COERCE", "verhängte", on=False) == "2016-01-14"  # lent by the sentence before
    assert _dated(SAMAK, "COERCE", "verhängte", on=True) is None


def test_an_event_s_own_date_is_kept():
    # control: the date in the event's own sentence is its date, switch on or off
    s = "Am Mittwoch verhängte der Präsident den Ausnahmezustand über die Hauptstadt."
    assert _dated(s, "COERCE", "verhängte", on=False) == "2016-01-13"
    assert _dated(s, "COERCE", "verhängte", on=True) == "2016-01-13"


# German forms of resigning, [triggers_more.RETREAT]: built with and without the list


@pytest.fixture
def retreat_lexicons(monkeypatch):
    """The German lexicon with [triggers_more.RETREAT] as written in events.toml and with it emptied."""
    yield from more_trigger_lexicons(monkeypatch, emptied=("RETREAT",))


def _retreat(sentence, lex):
    return [h.text for h in triggers(sentence, lex) if h.type == "RETREAT"]


@pytest.mark.parametrize("sentence, word", [
    # fresh17 and fresh4 (spent blind sets, quotes-de): dated resignations the list adds
    ("Der niedersächsische Landtagsabgeordnete Günter Lenz legte heute sein Landtagsmandat nieder.", "Landtagsmandat"),
    ("Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois, hat angekündigt, "
     "die Sanierung von Airbus werde Arbeitsplätze in Deutschland und Frankreich kosten.", "zurückgetretenen"),
    ("Papst Benedikt XVI. will am 28. Februar um 20.00 Uhr sein Amt aus gesundheitlichen Gründen niederlegen.", "Amt"),
])
def test_a_resignation_the_hand_list_lacked_is_found(retreat_lexicons, sentence, word):
    filled, empty = retreat_lexicons
    assert not _retreat(sentence, empty)
    assert any(word in h for h in _retreat(sentence, filled))


@pytest.mark.parametrize("sentence", [
    # laying down work is a strike, laying down a wreath no event: the office must be named
    "Die Beschäftigten der Gepäckabfertigung sollen am Montag die Arbeit niederlegen.",
    "Der Präsident legte am Ehrenmal einen Kranz nieder.",
])
def test_laying_down_something_other_than_an_office_is_no_resignation(retreat_lexicons, sentence):
    filled, _ = retreat_lexicons
    assert not _retreat(sentence, filled)
