"""Contradictions found by comparing two outlets' rewrites of one report sentence by sentence:
a changed speaker, "said" turned into "denied", a direct quote worded differently; and the
rewrites that are no contradiction (other speech verb, paragraphs reordered, a shorter quote).
Also the outlet-B generator of ``newsgraph eval contradictions``."""

from __future__ import annotations

import random
from datetime import date

from newsgraph.checks.contradictions import Contradictions
from newsgraph.eval.contradictions import paraphrase
from newsgraph.model import Analysis, Article, Mention, Span, Story

REPORT = (
    "In Hamburg sind am Montag zwei Lagerhallen abgebrannt. "
    "„Das Feuer ist in der Nacht im hinteren Teil der ersten Halle ausgebrochen“, sagte Feuerwehrsprecher Jan Peters. "
    "Die Polizei ermittelt wegen Brandstiftung. "
    "Ein Sprecher des Unternehmens erklärte, der Betrieb laufe in den anderen Hallen weiter."
)


def _analysis(aid: str, outlet: str, text: str, names: tuple[str, ...] = ()) -> Analysis:
    a = Analysis(article=Article(id=aid, text=text, language="de", outlet=outlet, published=date(2024, 3, 4)))
    for n in names:  # what NER would have found
        s = text.index(n)
        a.mentions.append(Mention(id=f"{aid}:{s}", article_id=aid, span=Span(start=s, end=s + len(n), text=n), type="PER"))
    return a


def _flags(other: str, names: tuple[str, ...] = ("Jan Peters",), other_names: tuple[str, ...] = ("Jan Peters",)):
    a = _analysis("a", "Outlet A", REPORT, names)
    b = _analysis("b", "Outlet B", other, other_names)
    return Contradictions().compare(Story(id="s", article_ids=["a", "b"]), [a, b])


def test_a_name_changed_next_to_the_speech_verb_is_a_different_speaker():
    other = REPORT.replace("Feuerwehrsprecher Jan Peters", "Polizeisprecherin Eva Schulz")
    flags = _flags(other, other_names=("Eva Schulz",))
    assert [f.span.label for f in flags] == ["speaker"]
    assert "Jan Peters" in flags[0].span.text and "Eva Schulz" in flags[0].other_span.text


def test_the_same_speaker_named_shorter_is_no_contradiction():
    other = REPORT.replace("Feuerwehrsprecher Jan Peters", "Peters")
    assert _flags(other, other_names=("Peters",)) == []


def test_said_turned_into_denied_is_a_certainty_contradiction():
    other = REPORT.replace("Unternehmens erklärte", "Unternehmens bestritt")
    flags = _flags(other)
    assert [(f.span.label, f.span.text, f.other_span.text) for f in flags] == [("certainty", "erklärte", "bestritt")]


def test_a_word_changed_inside_a_direct_quote_flags_both_quotes():
    other = REPORT.replace("im hinteren Teil", "im vorderen Teil")
    flags = _flags(other)
    assert [f.span.label for f in flags] == ["quote_wording"]
    assert flags[0].span.text.startswith("„Das Feuer") and "vorderen" in flags[0].other_span.text


def test_a_shorter_quote_is_not_other_wording():
    other = REPORT.replace("„Das Feuer ist in der Nacht im hinteren Teil der ersten Halle ausgebrochen“",
                           "„Das Feuer ist in der Nacht ausgebrochen“")
    assert other != REPORT
    assert [f.span.label for f in _flags(other)] == ["quote_wording"]  # words cut from the middle
    tail = REPORT.replace("„Das Feuer ist in der Nacht im hinteren Teil der ersten Halle ausgebrochen“",
                          "„im hinteren Teil der ersten Halle ausgebrochen“")
    assert _flags(tail) == []  # the quote's end only: a part of the same words


def test_a_rewrite_that_reports_the_same_is_no_contradiction():
    other = ("In Hamburg sind am Montag zwei Lagerhallen abgebrannt. "
             "Die Polizei ermittelt aufgrund von Brandstiftung. "
             "„Das Feuer ist in der Nacht im hinteren Teil der ersten Halle ausgebrochen“, so Feuerwehrsprecher Jan Peters. "
             "Ein Sprecher des Unternehmens sagte, der Betrieb laufe in den anderen Hallen weiter.")
    assert _flags(other) == []


def test_a_negation_added_by_one_outlet_is_a_certainty_contradiction():
    other = REPORT.replace("der Betrieb laufe", "der Betrieb laufe nicht")
    assert [f.span.label for f in _flags(other)] == ["certainty"]


def test_outlet_b_rewrite_keeps_the_recorded_change_in_place():
    text = ("Erster Absatz mit der Meldung.\nZweiter Absatz, sagte Anna Berg am Montag.\n"
            "Dritter Absatz: „Wir sagte nichts“, sagte Karl Maier.\nVierter Absatz mit mehr als zehn Zeilen.\n"
            "Fünfter Absatz, der jedoch kurz ist.")
    gold = (text.index("Karl Maier"), text.index("Karl Maier") + len("Karl Maier"))
    seen_orders = set()
    for seed in range(12):
        new, g = paraphrase(text, gold, random.Random(seed))
        assert new[g[0]:g[1]] == "Karl Maier"
        assert new.startswith("Erster Absatz")
        assert "„Wir sagte nichts“" in new  # never inside a quote
        seen_orders.add(tuple(line[:6] for line in new.split("\n")))
    assert len(seen_orders) > 1


def test_the_component_flags_from_the_store_what_compare_finds_and_skips_one_outlet_stories(tmp_path):
    from newsgraph.store import DuckDBStore

    other = REPORT.replace("Unternehmens erklärte", "Unternehmens bestritt")
    a, b, c = _analysis("a", "Outlet A", REPORT), _analysis("b", "Outlet B", other), _analysis("c", "Outlet A", other)
    d, e = _analysis("d", "Outlet C", REPORT), _analysis("e", "Outlet C", other)
    mixed, alone = Story(id="s1", article_ids=["a", "b", "c"]), Story(id="s2", article_ids=["d", "e"])
    store = DuckDBStore(tmp_path / "s.duckdb")
    store.put_analyses([a, b, c, d, e])
    store.put_stories([mixed, alone])
    loaded: list[list[str]] = []
    iter_analyses = store.iter_analyses
    store.iter_analyses = lambda ids=None, *r: (loaded.append(list(ids)), iter_analyses(ids, *r))[1]
    Contradictions()(store, ["a", "b", "c", "d", "e"])
    expected = Contradictions().compare(mixed, [a, b, c], only={"a", "b", "c"})
    assert expected and sorted(f.id for f in expected) == sorted(
        r["id"] for r in store.query("SELECT id FROM flags WHERE kind = 'contradiction'"))
    assert loaded == [["a", "b", "c"]]  # the one-outlet story is never loaded
    store.close()


def test_the_component_reads_every_story_at_once_and_flags_each_as_compare_does(tmp_path):
    """Two stories with outlets that disagree: one read of their analyses, and the flags of each
    story as ``compare`` gives them on that story's own members."""
    from newsgraph.store import DuckDBStore

    denied = REPORT.replace("Unternehmens erklärte", "Unternehmens bestritt")
    renamed = REPORT.replace("Jan Peters", "Klaus Berger")
    a, b = _analysis("a", "Outlet A", REPORT, ("Jan Peters",)), _analysis("b", "Outlet B", denied, ("Jan Peters",))
    c, d = _analysis("c", "Outlet A", REPORT, ("Jan Peters",)), _analysis("d", "Outlet C", renamed, ("Klaus Berger",))
    s1, s2 = Story(id="s1", article_ids=["a", "b"]), Story(id="s2", article_ids=["d", "c"])
    store = DuckDBStore(tmp_path / "s.duckdb")
    store.put_analyses([a, b, c, d])
    store.put_stories([s1, s2])
    loaded: list[list[str]] = []
    iter_analyses = store.iter_analyses
    store.iter_analyses = lambda ids=None, *r: (loaded.append(list(ids)), iter_analyses(ids, *r))[1]
    Contradictions()(store, ["a", "b", "c", "d"])
    one = Contradictions().compare(s1, [a, b], only={"a", "b"})
    two = Contradictions().compare(s2, [d, c], only={"c", "d"})
    assert one and two  # each story has its own disagreement
    assert sorted(f.id for f in one + two) == sorted(
        r["id"] for r in store.query("SELECT id FROM flags WHERE kind = 'contradiction'"))
    assert loaded == [["a", "b", "d", "c"]]
    store.close()
