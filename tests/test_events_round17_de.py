"""German event rules of round 17 (issue #5; models/events_type/MODEL_CARD.md, "Round 17 ... h6").

Real sentences: 10kGNAD test rows (events_de_fresh9.jsonl, events_de_fresh11.jsonl, rows 500-649 read in
training/events/round17_ab.py's check; CC BY-NC-SA 4.0) and quotes-de articles (events_de_dev.jsonl,
events_de_fresh2.jsonl, events_de_fresh3.jsonl). Each rule test fails with its switch off."""

from .german_events import german_events


def _without(key):
    return lambda st: {k: v for k, v in st.items() if k != key}


def _types(text, settings=None):
    return {e.type for e in german_events(text, settings=settings)}


def test_an_attributive_participle_is_a_state_not_an_act():
    # [classifier] attributive_states (fresh9, fresh11: a banned party, a refused order are no ban, no refusal)
    for s, t in (("Diyarbakir – Bei Einsätzen gegen die verbotene Arbeiterpartei Kurdistans (PKK) haben türkische "
                  "Sicherheitskräfte im Südosten des Landes binnen zwei Tagen 23 mutmaßliche Rebellen getötet.", "SANCTION"),
                 ("Der FPÖ-Kandidat würde Strache den verweigerten Orden anheften und fordert eine Verdoppelung des "
                  "Heerbudgets.", "REJECT")):
        assert t not in _types(s), s
        assert t in _types(s, _without("attributive_states")), s


def test_an_attributive_participle_with_an_agent_or_a_date_stays_an_act():
    # dev: the referendum Putin backed is gold SUPPORT; fresh2: the sentence passed on a named day is gold COERCE
    s = ("Aufgrund des anhaltenden Konflikts in der Ukraine war es nach einem von Präsident Putin unterstützten Referendum "
         "über den Status der Krim am 16. März zur Eingliederung der Halbinsel Krim in die russische Föderation gekommen.")
    assert "SUPPORT" in _types(s)
    s = ("Der thailändische König Bhumibol Adulyadej hat den am 29. März dieses Jahres wegen Majestätsbeleidigung "
         "verurteilten Schweizer Oliver Rudolf Jufer begnadigt.")
    assert any(e.trigger.text == "verurteilten" for e in german_events(s))


def test_a_finite_verb_the_parser_takes_for_an_attribute_stays_a_trigger():
    # a 10kGNAD headline: "fordert" before its object is no inflected attribute
    assert "REQUEST" in _types("Ex-OGH-Präsidentin fordert Fairnessabkommen von allen Kandidaten.")


def test_a_procedure_in_a_nach_phrase_is_no_investigation():
    # [classifier] procedure_nouns (fresh3: where the police's finding comes from)
    s = ("Nach ersten Ermittlungen der Polizei war der aus Polen kommende Bus nach einem Überholvorgang zwischen den "
         "beiden Anschlussstellen Ingolstadt Süd und Manching aus bislang ungeklärter Ursache nach rechts von der "
         "Fahrbahn abgekommen.")
    assert "ACCUSE" not in _types(s)
    assert "ACCUSE" in _types(s, _without("procedure_nouns"))


def test_an_investigation_against_someone_stays_an_event():
    s = "Bei den Ermittlungen gegen Yüksekdag geht es um Äußerungen der HDP-Ko-Chefin im Juli."
    assert "ACCUSE" in _types(s)


def test_what_a_demand_asks_for_is_no_second_event():
    # [classifier] request_objects (dev): the prosecution demands a prison term; the guide codes the demand only
    s = ("Im Prozess gegen die frühere ukrainische Regierungschefin Julia Timoschenko hat die Anklage eine siebenjährige "
         "Haftstrafe gefordert.")
    assert "REQUEST" in _types(s)
    assert "COERCE" not in _types(s)
    assert "COERCE" in _types(s, _without("request_objects"))


def test_a_call_to_strike_stays_a_protest():
    # a zu-phrase is no demanded object: a union's strike call is PROTEST (fresh12's gold)
    s = "Koblenz/Seattle – Die Gewerkschaft ver.di hat erneut zu Streiks beim US-Versandhändler Amazon aufgerufen."
    assert "PROTEST" in _types(s)


def test_a_finite_verb_tagged_as_attribute_after_a_genitive_stays_a_trigger():
    # dev gold: "umstellten" is the clause's verb, though tagged as an attribute of "Sicherheitskräfte"
    s = ("Nach Angaben der Presseagenturen dpa und AFP umstellten französische Sicherheitskräfte das als „Dschungel von "
         "Calais“ bekannte Flüchtlingslager.")
    assert any(e.trigger.text == "umstellten" for e in german_events(s))
