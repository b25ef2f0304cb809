"""German trigger rules of the twelfth events round (issue #5, project round 13; models/events_type/MODEL_CARD.md).

Real sentences: 10kGNAD test rows >= 700 and quotes-de train articles no event set uses (both CC BY-NC-SA 4.0),
the round's own sample."""

import dataclasses
import tomllib

from newsgraph.extract import event_lexicon
from newsgraph.extract.event_lexicon import CONFIG_DIR, lexicon
from newsgraph.extract.events import triggers

from .german_events import german_events


def _words(sentence, lex=None):
    return [(h.type, h.text) for h in triggers(sentence, lex or lexicon("de"))]


def _events(text, lex=None):
    return german_events(text, lex=lex)


def test_dative_plural_of_listed_nouns():
    # the lists hold "Anschläge" (nominative plural); "nach den Anschlägen" is its dative
    s = "Nach den Anschlägen in Paris am Freitagabend mit mindestens 129 Toten sind noch lange nicht alle Fragen geklärt."
    assert ("ASSAULT", "Anschlägen") in _words(s)
    ev = tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))
    ev["dictionary"]["de"]["dative_plurals"] = False
    words, _, _ = event_lexicon._dictionary(ev, "de")
    assert "n:anschläge" in words and "n:anschlägen" not in words


def test_agent_nouns_of_trigger_verbs_are_persons():
    lex = lexicon("de")
    off = dataclasses.replace(lex, agent_suffixes=())
    for s, t in (("Polizei: Inhaftierte wollten über Internet neue Unterstützer rekrutieren.", "SUPPORT"),
                 ("Der 24-jährige Tiroler erzielte im dritten Spiel hintereinander einen Treffer.", "CONSULT")):
        assert t not in {x for x, _ in _words(s)}
        assert t in {x for x, _ in _words(s, off)}  # the switch is what drops them
    # the act noun of the same verb stays
    assert ("ASSAULT", "Kämpfen") in _words(
        "Kinshasa – Bei Kämpfen von Armee und UN-Soldaten gegen ugandische Rebellen in der Demokratischen Republik Kongo "
        "sind der Menschenrechtsorganisation Cepadho zufolge mindestens 30 Menschen getötet worden.")


def test_citing_a_source_is_no_request():
    assert "REQUEST" not in {t for t, _ in _words(
        "Das berichtet die japanische Nachrichtenagentur Kyodo unter Berufung auf einen Vertreter des Wissenschaftsministeriums.")}
    assert ("REQUEST", "Berufung") in _words(
        "Grosseto – Drei Tage nach der Staatsanwaltschaft haben jetzt auch die Anwälte des ehemaligen Kapitäns, Francesco "
        "Schettino, Berufung gegen die Verurteilung ihres Mandanten eingereicht.")


def test_a_particle_the_parse_makes_a_preposition_closes_no_separable_verb():
    s = ("Die Demonstranten warfen Feuerwerkskörper und Rauchbomben vor dem Gebäude des Parlaments, wie die staatliche "
         "Agentur Ukrinform am Freitag meldete.")
    assert "ACCUSE" not in {e.type for e in _events(s)}
    off = dataclasses.replace(lexicon("de"), particle_prepositions=False)
    assert "ACCUSE" in {e.type for e in _events(s, off)}
    # a particle that closes the clause still does
    assert "ACCUSE" in {e.type for e in _events(
        "Kritiker werfen Obama vor, er hätte die Entscheidung nur getroffen, um seine außenpolitische Unerfahrenheit "
        "wett zu machen.")}


def test_a_prison_term_by_its_length_is_coerce():
    evs = _events("Schettino war zu 16 Jahren und einem Monat verurteilt worden.")
    assert [e.type for e in evs if e.trigger.text == "verurteilt"] == ["COERCE"]
    evs = _events("Wien – Das BZÖ ist als erste Partei zu einer Geldbuße wegen eines unrichtigen Rechenschaftsberichtes "
                  "verurteilt worden.")
    assert [e.type for e in evs if e.trigger.text == "verurteilt"] == ["SANCTION"]


def test_parse_particles_switch_reaches_past_the_pattern():
    # off in events.toml (it added no right event on 10kGNAD); the code path, switched on here. The
    # sample's sentence ends in "... des Landes an." and since round 14 [separable] final_reach finds it
    # without the parse (a particle closing the sentence): here the particle does not close it
    s = "Ugandische Gruppe griff Militärstützpunkt im Nordosten des Landes an, sagte ein Sprecher."
    assert "ASSAULT" not in {e.type for e in _events(s)}
    on = dataclasses.replace(lexicon("de"), parse_particles=True)
    assert "ASSAULT" in {e.type for e in _events(s, on)}


def test_a_light_verb_yields_to_the_noun_it_imposes():
    # "verhängen" says only that its object happens: the fine is the event, no COERCE beside it
    s = ("Weil in der Bilanz für das Jahr 2013 keine Angaben zur niederösterreichischen Landespartei gemacht wurden, "
         "verhängte der Unabhängige Parteien-Transparenz-Senat (UPTS) im Kanzleramt 15.000 Euro Strafe.")
    evs = _events(s)
    assert "SANCTION" in {e.type for e in evs} and "COERCE" not in {e.type for e in evs}
    off = dataclasses.replace(lexicon("de"), light_verbs=None)
    assert "COERCE" in {e.type for e in _events(s, off)}


def test_plural_preterite_of_a_lexicon_verb():
    assert ("REQUEST", "baten") in _words(
        "Sie baten am Montag um Hinweise zum Mann mit dem Hut, der auf einem Überwachungsvideo mit den "
        "Selbstmordattentätern einen Gepäckwagen vor sich herschiebt.")


def test_compound_head_switch_retypes_by_the_head():
    # head_decides is off (on dev it turned "Rücktrittgesuches", a resignation, into REQUEST); the code path
    s = ("Nachdem der oberste Militärführer des Landes, Voreqe (Frank) Bainirama, dem Ministerpräsidenten Fidschis, "
         "Qarase, ein Rücktrittsultimatum gestellt hatte, das fruchtlos verstrichen ist.")
    assert ("RETREAT", "Rücktrittsultimatum") in _words(s)
    assert ("THREATEN", "Rücktrittsultimatum") in _words(s, dataclasses.replace(lexicon("de"), head_decides=True))


def test_hyphenated_compound_with_an_actor_first_is_a_trigger_of_its_last_part():
    # 10kGNAD rows 894 and 819 (fresh7) and a trigger word of another sense behind a non-actor (10kGNAD 500-649)
    s = ("Belgrad– Bei einem US-Luftangriff auf ein mutmaßliches Lager der Extremistenmiliz IS in Libyen sind zwei "
         "Serben ums Leben gekommen.")
    assert ("ASSAULT", "US-Luftangriff") in _words(s)
    assert ("ASSAULT", "US-Luftangriff") not in _words(s, dataclasses.replace(lexicon("de"), hyphen_heads=False))
    assert ("CONSULT", "Nato-Außenministertreffen") in _words(
        "Beim Nato-Außenministertreffen dominieren die Konflikte in Syrien und zwischen der Türkei und Russland die Tagesordnung.")
    assert _words("Ein Schwachpunkt ist allerdings der WLAN-Empfang, wo offenbar beim Design der Antenne oder des "
                  "Gehäuses etwas schief gelaufen ist.") == []
