"""extract.time on the seed article and on real sentences (Wikinews, CC BY-NC-SA 4.0)."""

from datetime import date
from pathlib import Path

from newsgraph import nlp
from newsgraph.eval.time import main as eval_time
from newsgraph.extract.time import times_for
from newsgraph.extract.timex_rules import find_times
from newsgraph.model import Analysis, Article

SEED = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "samples" / "seed_de.txt"
DCT = date(2024, 12, 21)


def _values(text, dct=DCT, lang="de"):
    return {t.text: t.value for t in find_times(text, dct, lang)}


def test_seed_dates():
    a = Analysis(article=Article(id="seed", text=SEED.read_text("utf-8"), language="de", published=DCT))
    nlp.sentences(a, nlp.load("de")(a.article.text))
    vals = {(t.span.text, t.value) for t in times_for(a)}
    assert ("Freitag", "2024-12-20") in vals
    assert ("Mittwoch", "2024-12-18") in vals
    assert ("Donnerstag", "2024-12-19") in vals
    assert ("Februar", "2024-02") in vals


def test_german_relative_and_durations():
    v = _values("Vergangene Woche traf er sie, Anfang 2025 folgt mehr, seit drei Jahren streiten sie.")
    assert v["Vergangene Woche"] == "2024-W50"
    assert v["Anfang 2025"] == "2025"
    # the preposition stays outside the span (guide; timex_de_dev.tml has "seit <drei Tagen>")
    assert v["drei Jahren"] == "P3Y"
    t = [x for x in find_times("Anfang 2025 folgt mehr.", DCT) if x.text == "Anfang 2025"][0]
    assert t.mod == "START"


def test_future_weekday_and_same_day():
    # a Sunday article about a meeting "am Sonntag" that is still to come: the same day
    assert _values("Bei dem Treffen am Sonntag soll nun nach einer Lösung gesucht werden.", date(2005, 10, 2))["Sonntag"] == "2005-10-02"
    assert _values("Am kommenden Montag wird er reisen.")["kommenden Montag"] == "2024-12-23"


def test_english_dates():
    v = _values("He said on Friday that last week talks failed; two years ago, on December 20, 2023, too.", lang="en")
    assert v["Friday"] == "2024-12-20"
    assert v["last week"] == "2024-W50"
    assert v["two years ago"] == "2022"
    assert v["December 20, 2023"] == "2023-12-20"
    assert _values("for three years", lang="en")["for three years"] == "P3Y"


def test_eval_time_runs_on_gold(capsys):
    gold = Path(__file__).resolve().parent / "data" / "timex_de_dev.tml"
    assert eval_time([str(gold)]) == 0
    out = capsys.readouterr().out
    acc = float(out.split("value accuracy on matched")[1].split()[0])
    assert acc >= 0.85


def test_clock_times_ranges_durations_and_today():
    # real sentences from quotes-de (Wikinews, CC BY-NC-SA 4.0)
    v = _values("Die Wahllokale waren von 08:00 bis 18:00 Uhr geöffnet.", date(2008, 2, 10))
    assert v["08:00"] == "2008-02-10T08:00" and v["18:00 Uhr"] == "2008-02-10T18:00"
    v = _values("Der Verfassungsschutz berichtete über allein 1600 Angriffe im Zeitraum von Januar bis September 2010.",
                date(2011, 6, 16))
    assert v["Januar"] == "2010-01"
    assert _values("Eine Freilassung sei eventuell am heutigen Tag schon möglich.", date(2005, 12, 29))["heutigen Tag"] == "2005-12-29"
    assert _values("Er blieb ein Jahr lang im Amt.")["ein Jahr lang"] == "P1Y"
    assert _values("2003 wurde er gewählt.")["2003"] == "2003"


def test_passive_werden_and_hearsay_sollen_are_not_future():
    s = ("In Balad, das ebenfalls mehrheitlich von Schiiten bewohnt wird, explodierten bereits am "
         "Donnerstagabend zwei Autobomben.")
    assert _values(s, date(2005, 9, 30))["Donnerstagabend"] == "2005-09-29TEV"
    assert _values("Er soll am Montag Geld gezahlt haben.", date(2005, 9, 30))["Montag"] == "2005-09-26"
    assert _values("Am Montag wird er reisen.", date(2005, 9, 30))["Montag"] == "2005-10-03"


def test_full_dates_read_as_dateparser_reads_them():
    """The regular-expression path for complete dates must agree with dateparser."""
    from newsgraph.extract.timex_rules import _dateparser_date, _full_date

    cases = [("20. Dezember 2024", "de"), ("20.Dezember 2024", "de"), ("01. jänner 1999", "de"), ("3.5.2016", "de"),
             ("31.12.2090", "de"), ("29. Februar 2024", "de"), ("9. MÄRZ 1850", "de"), ("December 20, 2024", "en"),
             ("may 1, 2016", "en")]
    for text, lang in cases:
        fast = _full_date(text, lang)
        assert fast is not None and fast == _dateparser_date(text, lang, DCT), text
    # impossible or partial dates are left to dateparser
    assert _full_date("31. Februar 2024", "de") is None and _full_date("20. Dezember", "de") is None
    assert _full_date("Montag, 3. Mai 2016", "de") is None


def test_a_night_is_dated_by_the_day_it_starts_on():
    # real sentences (quotes-de); TIMEX3 dates "Wednesday night" by the Wednesday
    s = "Im nordrhein-westfälischen Olpe brach in der Nacht von Dienstag auf Mittwoch ein Großbrand aus."
    assert _values(s, date(2006, 7, 6)) == {"Nacht von Dienstag auf Mittwoch": "2006-07-04TNI"}
    s = "In der Nacht vom 10. auf den 11. Februar 2006 hielt sich der Formel-1-Fahrer in einer Diskothek in Altach auf."
    assert _values(s, date(2006, 2, 23)) == {"Nacht vom 10. auf den 11. Februar 2006": "2006-02-10TNI"}
    s = "Polizeibeamte durchsuchten in der Nacht zum Sonntag eine Discothek in Wiesloch."
    assert _values(s, date(2006, 10, 17)) == {"Nacht zum Sonntag": "2006-10-14TNI"}
    s = "In der Nacht zu heute wurde der 63-Jährige von einem Untersuchungsrichter bereits zum ersten Mal vernommen."
    assert _values(s, date(2008, 7, 22)) == {"Nacht zu heute": "2008-07-21TNI"}
    s = "In der Nacht zum heutigen  Samstag gelang es Beamten eines Sondereinsatzkommandos, die Frau zu befreien."
    assert _values(s, date(2013, 3, 30)) == {"Nacht zum heutigen  Samstag": "2013-03-29TNI"}
    assert _values("In der Nacht zum Donnerstag griffen Rebellen an.", date(2013, 3, 30))["Nacht zum Donnerstag"] == "2013-03-27TNI"
    assert _values("In der Nacht zum 3. Dezember 2004 griffen Rebellen an.", date(2004, 12, 5))["Nacht zum 3. Dezember 2004"] \
        == "2004-12-02TNI"
    # a night in the future: the next such day
    assert _values("In der Nacht auf Sonntag wird gestreikt.", date(2013, 3, 28))["Nacht auf Sonntag"] == "2013-03-30TNI"


def test_day_parts_of_relative_days_weekends_and_parts_of_the_year():
    # phrases the rules missed on the quotes-de train articles
    assert _values("Am heutigen Nachmittag hat die Polizei den Mann festgenommen.", date(2010, 5, 5)) \
        == {"heutigen Nachmittag": "2010-05-05TAF"}
    assert _values("Am gestrigen Vormittag korrigierte das Ministerium die Zahl.", date(2010, 5, 5)) \
        == {"gestrigen Vormittag": "2010-05-04TMO"}
    # 2010-05-05 is a Wednesday of ISO week 18: the last weekend was week 17's, the next is week 18's
    assert _values("Die Demonstranten sorgten am Wochenende für Aufsehen.", date(2010, 5, 5)) == {"Wochenende": "2010-W17-WE"}
    assert _values("Am Wochenende wird gestreikt.", date(2010, 5, 5)) == {"Wochenende": "2010-W18-WE"}
    assert _values("Am Wochenende hatten Tausende protestiert.", date(2010, 5, 9)) == {"Wochenende": "2010-W18-WE"}
    t = find_times("Seit Jahresbeginn wurden 30 Menschen getötet.", date(2010, 5, 5))
    assert [(x.text, x.value, x.mod) for x in t] == [("Jahresbeginn", "2010", "START")]
    assert _values("Am heutigen Tag wurde er freigelassen.", date(2010, 5, 5)) == {"heutigen Tag": "2010-05-05"}


def test_vague_durations_and_a_weekday_before_a_full_date():
    assert _values("Nach mehreren Monaten harter Arbeit kam die Einigung.") == {"mehreren Monaten": "PXM"}
    assert _values("In den letzten Jahren stieg die Zahl der Angriffe.") == {"letzten Jahren": "PXY"}
    assert _values("Das Ergebnis der vergangenen Tage.") == {"vergangenen Tage": "PXD"}
    # one expression: the weekday confirms the date (dateparser does not read this form)
    assert _values("Die IAEA hat am Freitag, dem 3. Dezember 2004, ebenfalls dementiert.", date(2004, 12, 4)) \
        == {"Freitag, dem 3. Dezember 2004": "2004-12-03"}


def test_year_genitives_day_part_of_a_date_holidays_and_anchored_shifts():
    # "dieses Jahres" names the year of the date it follows; one expression, as "3. Dezember 2004"
    assert _values("den am 29. März dieses Jahres verurteilten Schweizer", date(2007, 5, 1)) == {
        "29. März dieses Jahres": "2007-03-29"}
    assert _values("im Mai vergangenen Jahres", date(2005, 7, 1)) == {"Mai vergangenen Jahres": "2004-05"}
    assert _values("Am Morgen des 22. September 2009 begann die Räumung.", date(2009, 9, 25)) == {
        "Morgen des 22. September 2009": "2009-09-22TMO"}
    # Easter Sunday 2017 was 16 April; the most recent one unless the clause is about the future
    assert _values("Ein Attentäter tötete am Ostersonntag 126 Menschen.", date(2017, 4, 17)) == {"Ostersonntag": "2017-04-16"}
    assert _values("Zu Weihnachten wird er kommen.", date(2017, 4, 17)) == {"Weihnachten": "2017-12-25"}
    # counted from the date before it; without one it stays a duration, "am Vortag" goes
    assert _values("Er sagte am Sonntag, die Unruhen sollten sich einen Tag später ereignen.", date(2014, 10, 14)) == {
        "Sonntag": "2014-10-12", "einen Tag später": "2014-10-13"}
    assert _values("Zwei Tage zuvor und am Vortag", date(2014, 10, 14)) == {"Zwei Tage": "P2D"}
    # "für morgen (Mittwoch)": the bracketed weekday is the day just named, not last Wednesday
    assert _values("Für morgen (Mittwoch) ist eine Kundgebung angekündigt.", date(2009, 4, 7)) == {
        "morgen": "2009-04-08", "Mittwoch": "2009-04-08"}


# round 13 (h9): classes read off tests/data/timex_de_heldout.tml, each pinned on a real sentence
# (quotes-de train, Wikinews, CC BY-NC-SA 4.0; DCT = the article's date)

def test_clock_time_takes_the_day_named_before_it():
    s = "Kroatien, am 18. Januar um 20:30 Uhr der nächste Gegner der deutschen Mannschaft, hatte zuvor Österreich besiegt."
    assert _values(s, date(2020, 1, 16))["20:30 Uhr"] == "2020-01-18T20:30"
    # after midnight of a night: the night's end day
    s = "Dort wurde in der Nacht zum Samstag gegen 1:30 Uhr ein Passant von vier Unbekannten angesprochen."
    v = _values(s, date(2007, 2, 14))
    assert v["Nacht zum Samstag"] == "2007-02-09TNI" and v["1:30 Uhr"] == "2007-02-10T01:30"
    # no date in the sentence: the DCT, as before
    assert _values("Die Wahllokale waren von 08:00 bis 18:00 Uhr geöffnet.", date(2008, 2, 10))["18:00 Uhr"] == "2008-02-10T18:00"


def test_day_ranges_and_night_with_apposed_date():
    s = "Der neunzehnte Spieltag der Fußball-Bundesliga 2007/2008 wurde vom 8. bis 10. Februar 2008 ausgetragen."
    v = _values(s, date(2008, 2, 11))
    assert v["8."] == "2008-02-08" and v["10. Februar 2008"] == "2008-02-10"
    s = "Der Bericht bildet die Grundlage für die Verhandlungen, die vom 3. bis 14. Dezember auf Bali geführt werden sollen."
    assert _values(s, date(2007, 11, 17))["3."] == "2007-12-03"
    s = "Bereits in der Nacht zum Mittwoch, dem 26. Mai, wurde in Brandenburg die Hochwasseralarmstufe 2 ausgelöst."
    assert _values(s, date(2010, 5, 26)) == {"Nacht zum Mittwoch, dem 26. Mai": "2010-05-25TNI"}


def test_bare_years_in_running_text_but_not_counts():
    assert _values("Die Federal Reserve wurde 1913 von einem privaten Bankenkonsortium gegründet.", date(2009, 11, 13)) \
        == {"1913": "1913"}
    assert _values("Sie wurde 2006 zum ersten Mal in den Kongress gewählt.", date(2009, 1, 26)) == {"2006": "2006"}
    assert _values("Somit gibt es wieder die G7, die 1998 mit dem Beitritt Russlands umbenannt wurde.", date(2014, 3, 27)) \
        == {"1998": "1998"}
    # counts: after a count word, before an adjective and its noun; a bracketed year labels a name
    assert _values("Dabei wurden rund 2000 verletzt.") == {}
    assert _values("Die Firma schafft 2000 neue Stellen.") == {}
    assert _values("Dulmatin, einer der Bombenleger der Terroranschläge von Bali (2002), wurde gestellt.") == {}


def test_ages_are_no_durations_and_quantity_modifiers_are_inside():
    s = "Der geistig verwirrte Täter, ein 64 Jahre alter Deutscher, wurde nach etwa zwei Stunden von einem SEK überwältigt."
    assert _values(s, date(2005, 9, 13)) == {"etwa zwei Stunden": "PT2H"}
    assert _values("Die 37 Jahre alte Neubrandenburgerin holte 1999 bereits einmal Gold.", date(2005, 8, 11)) == {"1999": "1999"}
    assert _values("Er starb im Alter von 84 Jahren.") == {}
    s = "Nachdem vor knapp drei Wochen die Staudinger-Gesamtschule ihren Schulbetrieb einstellen musste, trifft es nun die Max-Weber-Schule."
    v = _values(s, date(2008, 4, 30))
    assert v["vor knapp drei Wochen"] == "2008-W15" and v["nun"] == "PRESENT_REF"


def test_compound_ranged_and_adjectival_durations():
    s = "Ein 28jähriger ist zu zwei Jahren und zehn Monaten Haft verurteilt worden."
    assert _values(s, date(2018, 8, 20)) == {"zwei Jahren und zehn Monaten": "P2Y10M"}
    s = "Das Konklave, an dem Benedikt XVI. nicht teilnehmen werde, könne 15 bis 20 Tage nach dem Rücktritt beginnen."
    assert _values(s, date(2013, 2, 11)) == {"15 bis 20 Tage": "PXD"}
    assert _values("Folge der jahrelang andauernden Kriege sei eine Militarisierung der Gesellschaft.") == {"jahrelang": "PXY"}
    assert _values("Ich guckte jeden Tag stundenlang MTV.") == {"jeden Tag": "P1D", "stundenlang": "PTXH"}


def test_now_present_day_and_vague_future():
    assert _values("Entscheiden muss nun das Gericht.", date(2006, 3, 27)) == {"nun": "PRESENT_REF"}
    s = "Es ist nicht damit zu rechnen, von diesem Objekt in naher Zukunft eine Lichtschau geliefert zu bekommen."
    assert _values(s, date(2007, 1, 21)) == {"naher Zukunft": "FUTURE_REF"}
    v = _values("Der heute 49-jährige US-Amerikaner David Hemler desertierte 1984 in Deutschland.", date(2012, 6, 23))
    assert v == {"heute": "PRESENT_REF", "1984": "1984"}
    # "heutig" names the day before an occasion noun, else the present-day thing
    assert _values("Das berichtet die Zeitung in ihrer heutigen Ausgabe.", date(2010, 1, 5)) == {"heutigen": "2010-01-05"}
    assert _values("Sie wurden zu einem Hügel nahe des heutigen Dorfgemeinschaftshauses gebracht.", date(2012, 10, 30)) \
        == {"heutigen": "PRESENT_REF"}
    # "heute" naming the day stays the DCT
    assert _values("Heute waren 62 Millionen Bundesbürger zur Wahl aufgerufen.", date(2005, 9, 18)) == {"Heute": "2005-09-18"}


def test_event_dates_skip_reference_values():
    from newsgraph.extract.events import _date_for
    from newsgraph.model import Span, TimeExpression

    s = "Gegen ihn wird jetzt wegen versuchten Mordes ermittelt."
    tx = [TimeExpression(id="t", article_id="a", span=Span(start=9, end=14, text="jetzt"), type="DATE", value="PRESENT_REF")]
    assert _date_for(tx, 0, len(s), s.index("ermittelt"), s) is None


def _daypart_rules(monkeypatch, on: bool):
    import newsgraph.extract.timex_rules as T

    base = T._lexicon

    def lex():
        d = dict(base())  # the lexicon is cached: patch a copy
        d["de"] = {**d["de"], "daypart_days": on}
        return d

    monkeypatch.setattr(T, "_lexicon", lex)
    T.rules.cache_clear()


def test_day_parts_keep_their_day(monkeypatch):
    """Round 23 (h9, issue #5 dates), [de] daypart_days: sentences of the spent event sets fresh18 and fresh5
    (Wikinews); the guide gives day parts `…TEV`/`TMO`."""
    s1 = "Zur Sitzung am Abend des 23.06.2011 beschloss der Dresdner Stadtrat die Entwicklung des Projekts „Hafencity“."
    s2 = ("In Nordengland hat ein Taxifahrer am Mittwochvormittag, dem 2. Juni 2010, aus dem fahrenden Fahrzeug "
          "im Nationalpark Lake District wild um sich geschossen.")
    try:
        _daypart_rules(monkeypatch, True)
        assert _values(s1, date(2011, 6, 24)) == {"Abend des 23.06.2011": "2011-06-23TEV"}
        assert _values(s2, date(2010, 6, 3)) == {"Mittwochvormittag, dem 2. Juni 2010": "2010-06-02TMO"}
        # "am Abend zuvor" counts back from another day: not a bare day part
        assert "Abend" not in _values("Am Abend zuvor hatte er noch gesprochen.", date(2011, 6, 24))
        _daypart_rules(monkeypatch, False)
        assert _values(s1, date(2011, 6, 24)) == {"23.06.2011": "2011-06-23"}
        assert _values(s2, date(2010, 6, 3)) == {"Mittwochvormittag, dem 2. Juni 2010": "2010-06-02"}
    finally:
        monkeypatch.undo()
        import newsgraph.extract.timex_rules as T

        T.rules.cache_clear()


def test_bare_day_part_takes_the_day_last_named(monkeypatch):
    """A bare "am Abend" is the evening of the day the article last named (events_de_dev.jsonl, EU summit article
    of 2005-06-18: gold 2005-06-17TEV), else of the DCT (fresh8: "Am Morgen ..." opens an article, gold its DCT)."""
    text = ("Am späten Freitagabend erklärte der amtierende Ratspräsident Jean-Claude Juncker (Luxemburg) das "
            "Scheitern des EU-Gipfels. In Zweiergesprächen hatte der luxemburgische Ratspräsident am Abend versucht, "
            "einen Kompromiss zwischen den divergierenden Interessen zu finden.")
    try:
        _daypart_rules(monkeypatch, True)
        a = Analysis(article=Article(id="eu", text=text, language="de", published=date(2005, 6, 18)))
        nlp.sentences(a, nlp.load("de")(a.article.text))
        assert len(a.sentences) == 2
        vals = {(t.span.text, t.value) for t in times_for(a)}
        assert ("Abend", "2005-06-17TEV") in vals
        assert _values("Am Morgen wurden in Mainz und Bonn zwei Personen festgenommen.",
                       date(2005, 1, 23)) == {"Morgen": "2005-01-23TMO"}
        _daypart_rules(monkeypatch, False)
        assert "Abend" not in {t.span.text for t in times_for(a)}
    finally:
        monkeypatch.undo()
        import newsgraph.extract.timex_rules as T

        T.rules.cache_clear()
