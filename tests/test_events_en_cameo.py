"""English event types from the CAMEO codebook the PLOVER 2016 gold is coded from (issue #5, round 14;
models/events_type/MODEL_CARD.md): trigger patterns and [[context.en]] rules of config/events.toml, and
`[modality] done_before`. Sentences are PLOVER gold sentences, shortened, and plain counter-examples."""

from newsgraph.eval.events import analyse_sentence, main_event, plover2016_type


def _type(sentence: str) -> str | None:
    ev = main_event(analyse_sentence(sentence, "en", None)[1])
    return plover2016_type(ev) if ev else None


def test_english_codebook_phrases_give_the_codebook_type():
    cases = [
        # 1822 torture is ASSAULT (the lexicon had it under COERCE)
        ("Security forces in Guinea have tortured scores of Sierra Leonean and Liberian refugees.", "ASSAULT"),
        # 057 sign formal agreement is SUPPORT
        ("Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of friendship.",
         "SUPPORT"),
        # 0872 ease military blockade is RETREAT (a hyphenated word between verb and object)
        ("The Israeli army lifted Friday a day-old blockade on Palestinian lorries.", "RETREAT"),
        # 127 failing to reach agreement is REJECT, not AGREE by "agreement"
        ("Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices.", "REJECT"),
        # 1722 banning politicians is COERCE, not SANCTION
        ("President Yoweri Museveni has banned Ugandan opposition candidates from the elections.", "COERCE"),
        # 0861 receiving observers is RETREAT, not a visit
        ("Prime Minister Nikolai Tanaev received a mission of observers from the OSCE.", "RETREAT"),
        # 1712 destroying property is COERCE
        ("Jewish settlers set fire to the offices of the Palestinian administrators overnight.", "COERCE"),
    ]
    for sentence, gold in cases:
        assert _type(sentence) == gold, sentence


def test_english_codebook_rules_leave_their_neighbours_alone():
    cases = [
        ("The government banned imports of beef from Britain.", "SANCTION"),  # a ban on goods
        ("Serbia lifted a night curfew in Montenegro.", "CONCEDE"),  # 0813 is a child of 081: CONCEDE
        ("The two sides agreed a ceasefire on Sunday.", "AGREE"),  # agreeing one, not declaring it
        ("Thousands of workers began a strike on Monday over pay.", "PROTEST"),  # no air strike
        ("The police arrested three protesters.", "COERCE"),
    ]
    for sentence, gold in cases:
        assert _type(sentence) == gold, sentence


def test_english_withdrawing_inspectors_and_the_perfect_after_an_announcement():
    # 1662 withdrawing inspectors is SANCTION; announced for the future, PLOVER 2016 codes the threat
    assert _type("Kofi Annan announced on Monday that he will withdraw weapons inspectors from Iraq.") == "THREATEN"
    # a perfect reports the act done: 082 calling off a strike is CONCEDE, not an intent (AGREE)
    assert _type("The union announced Thursday that it has called off a four-day strike.") == "CONCEDE"
    assert _type("The union announced Thursday that it will call off a four-day strike.") == "AGREE"


def test_english_background_after_a_preposition_yields_to_the_reported_act():
    # [classifier] background_words: a noun hit after "after", "despite", "following" ... is background
    assert _type("Turkish authorities have imposed a curfew in the town of Cizre after a demonstration over "
                 "fraud allegations.") == "COERCE"
    evs = analyse_sentence("Bosnia and Slovenia agreed to a ceasefire after two days of fierce fighting.", "en", None)[1]
    assert [plover2016_type(e) for e in evs] == ["AGREE"]
    # alone, the hit stays: the sentence reports nothing else
    assert _type("Three people died in Kabul after a bombing near the market.") == "ASSAULT"
