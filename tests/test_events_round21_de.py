"""German events dated only by their own sentence, round 21 (issue #5; models/events_type/MODEL_CARD.md, "Round 21 ...
h6"): one switch, [classifier] sentence_dates of events.toml.

A passage adapted from a read set (dev, quotes-de: German Wikinews, CC BY-NC-SA 4.0) and a constructed control. The switch
is set explicitly in each test, so they hold whether it ships on or off."""

from .german_events import german_events


def _dated(text, etype, trigger, on):
    settings = (lambda s: {**s, "sentence_dates": ["de"] if on else []})
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
