"""German events of round 26 (issue #5; models/events_type/MODEL_CARD.md, "Round 26 ... h4"): proceedings the word
lists miss, as phrases (``[classifier.phrase_triggers]``, extract/events.py ``_phrase_hits``), and the THREATEN veto
that ran into the participle "angedroht" ([vetoes.THREATEN] of events.toml).

Sentences from the read sets (fresh12, fresh16) and the quotes-de train text, parsed; each phrase case is checked with
the table as configured and emptied, so the tests hold whether it ships on or off."""

import tomllib

import pytest

import newsgraph.extract.event_lexicon as L

from .german_events import german_events

PHRASES = tomllib.loads((L.CONFIG_DIR / "events.toml").read_text("utf-8"))["classifier"]["phrase_triggers"]


def _found(text, etype, table):
    def settings(s):
        out = {k: v for k, v in s.items() if k != "accept"}
        out["phrase_triggers"] = table
        return out

    return [e.trigger.text for e in german_events(text, settings=settings) if e.type == etype]


@pytest.mark.parametrize("text, etype, trigger", [
    # fresh16 (gold PROTEST): a human chain, a word no list holds
    ("In Magdeburg soll es heute am Westfriedhof eine Menschenkette geben.", "PROTEST", "Menschenkette"),
    # fresh12 (gold ACCUSE): a formal objection to a contract award
    ("Wien/Berlin – Ein Einspruch des börsennotierten österreichischen Mautanbieters Kapsch TrafficCom gegen die "
     "freihändige Auftragsvergabe an das Toll-Collect-Konsortium sorgt in Deutschland für Aufregung.", "ACCUSE",
     "Einspruch"),
    # fresh16 (gold ACCUSE): an appeal trial "against" a captain, a compound of "Prozess"
    ("Florenz – Mehr als vier Jahre nach der Havarie der Costa Concordia hat am Donnerstag in Florenz der "
     "Berufungsprozess gegen den italienischen Kapitän Francesco Schettino begonnen.", "ACCUSE", "Berufungsprozess"),
])
def test_a_proceeding_the_lists_miss_is_found_by_its_phrase(text, etype, trigger):
    assert trigger in _found(text, etype, PHRASES)
    assert trigger not in _found(text, etype, {})


@pytest.mark.parametrize("text", [
    # quotes-de train: roads closed for hours, not a ban on anyone
    "Die Autobahn wurde nach dem Unfall für mehrere Stunden in beiden Richtungen gesperrt.",
    # "Prozess" in another sense
    "Der Friedensprozess in der Region ist ins Stocken geraten.",
])
def test_no_phrase_event_where_the_words_mean_something_else(text):
    assert not [e for e in german_events(text, settings=lambda s: {**s, "phrase_triggers": PHRASES})
                if e.type in ("SANCTION", "ACCUSE")]


def test_a_trial_named_as_the_setting_of_another_act_is_no_event():
    # dev (gold REQUEST only): "Im Prozess gegen ..." is where the demand was made
    text = ("Im Prozess gegen die frühere ukrainische Regierungschefin Julia Timoschenko hat die Anklage eine "
            "siebenjährige Haftstrafe gefordert.")
    assert "Prozess" not in _found(text, "ACCUSE", PHRASES)


def _old_veto_lexicon(monkeypatch):
    """The German lexicon with [vetoes.THREATEN] as it was before round 26 (no leading word boundary)."""
    loads = tomllib.loads

    def patched(text):
        d = loads(text)
        if "vetoes" in d:  # events.toml (event_actors.toml is read the same way)
            d["vetoes"]["THREATEN"]["de"][0] = d["vetoes"]["THREATEN"]["de"][0].replace(r"(?<![\w-])", "", 1)
        return d

    monkeypatch.setattr(L, "tomllib", type("T", (), {"loads": staticmethod(patched)}))
    L.lexicon.cache_clear()
    lex = L.lexicon("de")
    monkeypatch.undo()
    L.lexicon.cache_clear()
    return lex


# fresh4 (spent, gold THREATEN "angedroht"; the only "angedroht" of the quotes-de train text): a threat made in the
# participle, with no "mit"/"zu" after it (the veto's mark of the impersonal verb)
ANGEDROHT = ("Falls das neue Tonband, das Al-Qaida-Vizechef Aiman az-Zawahiri zugeschrieben wird, echt ist, hat dieser "
             "neue Terroranschläge auf Großbritannien angedroht.")


def test_the_participle_angedroht_is_a_threat(monkeypatch):
    old = _old_veto_lexicon(monkeypatch)
    assert "angedroht" not in [e.trigger.text for e in german_events(ANGEDROHT, lex=old) if e.type == "THREATEN"]
    assert "angedroht" in [e.trigger.text for e in german_events(ANGEDROHT) if e.type == "THREATEN"]


def test_the_impersonal_verb_is_still_vetoed():
    # "droht ein Streik": something impending, no one threatening anyone
    assert not [e for e in german_events("In den Krankenhäusern droht ein Streik.") if e.type == "THREATEN"]
