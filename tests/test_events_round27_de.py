"""German events of round 27 (issue #5; models/events_type/MODEL_CARD.md, "Round 27 ... h5"): a separable particle
joined with the verb the parse attaches it to (``[classifier] particle_heads``, extract/events.py ``_particle_hits``),
beyond the reach of the lexicon's "verb .{0,N}? particle" patterns.

Each case runs with the key as configured forced on and forced off, so the tests hold whether it ships on or off."""

from .german_events import german_events

# heldout (spent; gold ACCUSE "prangert", source "UN-Generalsekretär"): the particle closes a 70-character middle field
DENOUNCE = ("Neben der Rekrutierung von Kindersoldaten prangert der UN-Generalsekretär in seinem Bericht Morde und "
            "sexuelle Gewalt gegen Kinder an, die von verschiedenen Konfliktparteien ausgeübt würden.")


def _events(text, on):
    def settings(s):
        out = {k: v for k, v in s.items() if k != "accept"}
        out["particle_heads"] = ["de"] if on else []
        return out

    return german_events(text, settings=settings)


def test_a_particle_far_from_its_verb_joins_the_verb_the_parse_gives_it():
    on = [(e.type, e.trigger.text) for e in _events(DENOUNCE, True)]
    off = [(e.type, e.trigger.text) for e in _events(DENOUNCE, False)]
    assert ("ACCUSE", "prangert") in on
    assert not any(t == "ACCUSE" for t, _ in off)


def test_the_joined_verb_alone_is_the_trigger_and_the_words_between_keep_their_hits():
    evs = _events(DENOUNCE, True)
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert [e.trigger.text for e in acc] == ["prangert"]
    assert acc[0].source_actor is not None and "Generalsekretär" in acc[0].source_actor.span.text
    # the hit inside the middle field is not swallowed by a span from verb to particle
    assert {e.trigger.text for e in evs} == {e.trigger.text for e in _events(DENOUNCE, False)} | {"prangert"}


def test_a_particle_verb_the_lexicon_does_not_list_adds_nothing():
    # "kam ... an" (arrived): the parse joins "an" to "kam", a pair no trigger list holds
    text = "Der Sonderzug mit den Delegierten aus allen Teilen des Landes kam am späten Abend mit zwei Stunden Verspätung in Berlin an."
    assert [e.type for e in _events(text, True)] == [e.type for e in _events(text, False)]
