"""German event actors, round 25 (issue #5; models/events_type/MODEL_CARD.md, "Round 25 ... h4"): switches of [parse]
in event_actors.toml -- fronted_subject (a noun phrase with an aside set off by commas right before the finite verb is
its subject; a name as the aside is who acts), upheld_verdicts (a court confirming a sentence passes it),
searched_places (what a search is aimed at is the flat or building searched) and shared_perfect (a participle coordinated into an earlier verb's perfect shares that verb's subject).

Real sentences of the read and spent blind sets (quotes-de, German Wikinews, CC BY-NC-SA 4.0; 10kGNAD, CC BY-NC-SA 4.0)
and constructed controls. The switches are set explicitly in each test, so they hold whether they ship on or off."""

import pytest

from .german_events import off_on

KEYS = ("fronted_subject", "upheld_verdicts", "shared_perfect", "searched_places")


def _off_on(monkeypatch, s, etype, key):
    return off_on(monkeypatch, s, etype, KEYS, key)


def test_a_fronted_phrase_with_an_aside_is_the_subject(monkeypatch):
    # dev (read): the parser made "Oppositionsanhänger" the root and the verb its conjunct, so the protest had no source
    s = ("Oppositionsanhänger, in der Mehrzahl Studenten, demonstrieren seit drei Tagen in Addis Abeba und anderen "
         "großen Städten des Landes gegen das provisorische Wahlergebnis der Parlamentswahl.")
    off, on = _off_on(monkeypatch, s, "PROTEST", "fronted_subject")
    assert off[0] is None
    assert on[0] == "Oppositionsanhänger"


def test_a_name_as_the_aside_is_who_acts(monkeypatch):
    # heldout (spent blind): "Einer der Putschisten, Harouna Djibrilla Adamou, dankte ..." had no source
    s = ("Einer der Putschisten, Harouna Djibrilla Adamou, dankte den Menschen für ihre Unterstützung und ergänzte, der "
         "Staatsstreich sei im besten Interesse des Landes.")
    off, on = _off_on(monkeypatch, s, "SUPPORT", "fronted_subject")
    assert off[0] != on[0]
    assert on[0] == "Harouna Djibrilla Adamou"


def test_a_court_confirming_a_sentence_passes_it(monkeypatch):
    # fresh9 (read): "bestätigen" is a verb of reporting, whose subject never acts in the act reported
    s = ("Riad - Der Oberste Gerichtshof Saudi-Arabiens hat die Verurteilung des Bloggers Raif Badawi zu tausend "
         "Stockhieben und zehn Jahren Gefängnis bestätigt.")
    off, on = _off_on(monkeypatch, s, "COERCE", "upheld_verdicts")
    assert off[0] is None
    assert on[0] is not None and "Gerichtshof" in on[0]
    assert on[1] == off[1]


def test_a_participle_coordinated_into_a_perfect_shares_its_subject(monkeypatch):
    # fresh5 (spent blind): the parser made "zwölf Menschen" the subject of "erschossen"
    s = ("In Nordengland hat ein Taxifahrer am Mittwochvormittag, dem 2. Juni 2010, aus dem fahrenden Fahrzeug im "
         "Nationalpark Lake District wild um sich geschossen und dabei zwölf Menschen und anschließend sich selbst "
         "erschossen.")
    off, on = _off_on(monkeypatch, s, "ASSAULT", "shared_perfect")
    assert off[0] == "zwölf Menschen"
    assert on == ("Taxifahrer", "zwölf Menschen")


def test_the_flat_searched_is_the_target(monkeypatch):
    # dev (read): "Wohnungen" is abstract by its ending, so no target was found
    s = ("Nachdem bei jedem der drei Sprengsätze textgleiche Bekennerschreiben gefunden worden waren, durchsuchte die "
         "Polizei zwei Wohnungen.")
    off, on = _off_on(monkeypatch, s, "COERCE", "searched_places")
    assert off == ("Polizei", None)
    assert on == ("Polizei", "zwei Wohnungen")


# controls: sentences whose roles a switch must not move (ids: the names these tests had as functions)
UNTOUCHED = [
    pytest.param(
        # "Den ..." is no nominative, so the phrase before the finite verb is the object and nothing moves
        "Den mutmaßlichen Täter, einen 30 Jahre alten Mann, nahm die Polizei am Montag in Berlin fest.",
        "COERCE", "fronted_subject", id="a_fronted_object_is_not_read_as_the_subject"),
    pytest.param(
        # no court, so the confirming verb stays a verb of reporting
        "Ein Polizeisprecher bestätigte am Montag die Festnahme des Mannes.",
        "COERCE", "upheld_verdicts", id="a_police_confirming_an_arrest_only_reports_it"),
    pytest.param(
        # a person searched is a target already, so nothing moves
        "Die Polizei hat am Montag in Berlin einen 30 Jahre alten Verdächtigen durchsucht.",
        "COERCE", "searched_places", id="a_search_with_a_target_is_untouched"),
]


@pytest.mark.parametrize("s, etype, key", UNTOUCHED)
def test_a_control_is_untouched(monkeypatch, s, etype, key):
    off, on = _off_on(monkeypatch, s, etype, key)
    assert on == off
