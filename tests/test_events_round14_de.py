"""German event rules of round 14 (issue #5; models/events_type/MODEL_CARD.md, "Round 14").

Real sentences: quotes-de train articles (events_de_fresh.jsonl) and 10kGNAD test rows (events_de_fresh9.jsonl,
rows 500-649), CC BY-NC-SA 4.0. Each test fails with its switch off."""

from newsgraph.extract import event_parse_actors

from .german_events import german_events


def _events(text, settings=None):
    return german_events(text, settings=settings)


def test_a_trigger_noun_in_a_reason_or_time_phrase_is_background():
    s = ("Mitglieder einer christlichen paramilitärischen Gruppe im US-Bundesstaat Michigan sind wegen "
         "Anschlagsplänen gegen Polizisten festgenommen und angeklagt worden.")
    off = lambda st: {k: v for k, v in st.items() if k != "background_preps"}  # noqa: E731
    assert "ASSAULT" not in {e.type for e in _events(s)}
    assert "ASSAULT" in {e.type for e in _events(s, off)}
    assert {"COERCE", "ACCUSE"} & {e.type for e in _events(s)}  # the reported acts stay
    s = "Qualitative Interviews verrieten, dass vielmehr die Furcht vor überirdischen Strafen die Teilnehmer zur Kooperation animierten."
    assert not [e for e in _events(s) if e.type == "SANCTION"]
    assert [e for e in _events(s, off) if e.type == "SANCTION"]


def test_the_parser_s_dateline_subject_is_no_actor(monkeypatch):
    s = ("Paris – Vor dem Hintergrund der Anschläge in Paris hat die französische Regierung drei radikale "
         "islamische Vereinigungen verboten.")
    ev = next(e for e in _events(s) if e.trigger.text == "verboten")
    assert ev.source_actor is not None and "Regierung" in ev.source_actor.span.text
    orig = event_parse_actors.settings()
    monkeypatch.setattr(event_parse_actors, "settings", lambda: {**orig, "dateline": False})
    ev = next(e for e in _events(s) if e.trigger.text == "verboten")
    assert ev.source_actor is None or "Regierung" not in ev.source_actor.span.text


def test_a_particle_closing_the_sentence_reaches_farther(monkeypatch):
    from newsgraph.extract import event_lexicon
    from newsgraph.extract.events import triggers

    s = ("Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS), der als starker Mann hinter der Regierung gilt, "
         "wies Kritik wegen demokratischer Missstände in seinem eigenen Land am Montag zurück.")
    assert "REJECT" in {h.type for h in triggers(s, event_lexicon.lexicon("de"))}
    # the same gap before a particle that does not close the sentence stays out of reach
    s2 = s.replace("zurück.", "zurück und ging.")
    assert "REJECT" not in {h.type for h in triggers(s2, event_lexicon.lexicon("de"))}
    monkeypatch.setattr(event_lexicon, "_final_particles", lambda p, sp, far: (p, sp))
    event_lexicon.lexicon.cache_clear()
    try:
        assert "REJECT" not in {h.type for h in triggers(s, event_lexicon.lexicon("de"))}
    finally:
        monkeypatch.undo()
        event_lexicon.lexicon.cache_clear()


def test_banning_organisations_is_coerce_and_the_organisations_are_its_target(monkeypatch):
    # [[context.de]] ban rule: outlawing an organisation is COERCE; [parse] collective_heads: "Vereinigungen"
    # is a group (its -ung ending made it abstract, so no target)
    s = ("Paris – Vor dem Hintergrund der Anschläge in Paris hat die französische Regierung drei radikale "
         "islamische Vereinigungen verboten.")
    ev = next(e for e in _events(s) if e.trigger.text == "verboten")
    assert ev.type == "COERCE"
    assert ev.target_actor is not None and "Vereinigungen" in ev.target_actor.span.text
    orig = event_parse_actors.settings()
    monkeypatch.setattr(event_parse_actors, "settings", lambda: {**orig, "collective_heads": ()})
    ev = next(e for e in _events(s) if e.trigger.text == "verboten")
    assert ev.target_actor is None or "Vereinigungen" not in ev.target_actor.span.text


def test_dropping_an_investigation_is_concede():
    # guide: releases and acquittals are CONCEDE, and the dev set codes "Verfahren ... eingestellt" so; an
    # investigation dropped is the same act (fresh9, 10kGNAD)
    from newsgraph.extract.event_lexicon import lexicon
    from newsgraph.extract.events import triggers

    s = ("Die Pariser Staatsanwaltschaft will nach Angaben aus Justizkreisen vom Montag die Ermittlungen um eine "
         "Strafzahlung einstellen, die Sarkozys konservative Partei UMP Ende 2013 regelwidrig für den früheren "
         "Präsidenten beglichen hatte.")
    assert "CONCEDE" in {h.type for h in triggers(s, lexicon("de"))}
    assert "CONCEDE" not in {h.type for h in triggers("Die Staatsanwaltschaft hat Ermittlungen eingeleitet.", lexicon("de"))}
