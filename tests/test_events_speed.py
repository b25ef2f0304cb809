"""The speed shortcuts of extract.events must not change what it finds."""

import dataclasses
import json
from pathlib import Path

from newsgraph.extract.event_actors import ActorFinder, tokenize
from newsgraph.extract.event_lexicon import _required, lexicon
from newsgraph.extract.events import triggers

DATA = Path(__file__).resolve().parent / "data"


def _sentences() -> list[str]:
    out = []
    for name in ("events_de_dev.jsonl", "events_de_heldout.jsonl"):
        out += [json.loads(line)["sentence"] for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()]
    return out


def test_required_anchors():
    assert _required(r"verhaft\w*") == ("verhaft",)
    assert _required(r"(?:Versammlung|Demonstration)\w* .{0,30}?verboten") == ("verboten",)
    assert _required(r"(?:Versammlung|Demonstration)\w* .{0,3}?x") == ("versammlung", "demonstration")
    assert _required(r"\w+") is None


def test_trigger_gates_change_no_hit():
    for lang in ("de", "en"):
        lex = lexicon(lang)
        # the original path: case-insensitive patterns on the sentence, no gates
        plain = dataclasses.replace(lex, gates={}, triggers_low={})
        sents = _sentences() + ["Die ſtadt wurde angegriffen.", "İstanbul: Polizei nahm 20 Demonstranten fest.",
                                "DIE POLIZEI NAHM DEN MANN FEST", "The ARMY ATTACKED the town."]
        for s in sents:
            assert triggers(s, lex) == triggers(s, plain), s


def test_gate_automaton_opens_what_the_loop_opens():
    from newsgraph.extract.events import _gated, _open_gates

    for lang in ("de", "en"):
        lex = lexicon(lang)
        for s in _sentences() + ["Die Polizei nahm 20 Demonstranten fest und verbot die Versammlung.", "", "x"]:
            low = s.lower()
            opened = _open_gates(low, lex)
            assert opened is not None  # pyahocorasick is a dependency: the one-pass scan must be on
            want = {(0, t) for t, g in lex.gates.items() if g is not None and _gated(low, g)}
            want |= {(1, t) for t, g in lex.split_gates.items() if g is not None and _gated(low, g)}
            assert opened == want, s


def test_memoised_actor_words_match_fresh_lookups():
    lex = lexicon("de")
    finder = ActorFinder(lex)
    for s in _sentences()[:80]:
        for t in tokenize(s):
            assert finder.role_type(t) == finder._role_type(t)
            assert finder.country_of(t.low) == finder._country_of(t.low)
            assert finder.place(t.low) == finder._place(t.low)


def test_time_rule_anchors_change_no_expression():
    import copy
    import re
    from datetime import date

    from newsgraph.extract.timex_rules import DIGIT, _anchor, _sre_parse, rules

    assert _anchor(_sre_parse.parse(r"\b(?P<y>(?:1[89]|20)\d\d)-\d\d", re.I)) == DIGIT
    assert _anchor(_sre_parse.parse(r"\bseit\s+(?P<n>\d+)", re.I)) == ("seit",)
    tml = (DATA / "timex_de_dev.tml").read_text("utf-8")
    texts = _sentences() + [re.sub(r"<[^>]+>", "", line) for line in tml.splitlines()]
    texts += ["Am 3. März 2024 um 14:00 Uhr", "Anfang 2025 und seit drei Jahren", "İstanbul, am Freitag"]
    for lang, extra in (("de", []), ("en", ["On March 3, 2024 at 2 pm", "in the 1990s, every week, last Friday"])):
        r = rules(lang)
        assert r.anchor_scan is not None  # pyahocorasick is a dependency: the one-pass scan must be on
        plain = copy.copy(r)
        plain.anchors = [None] * len(r.anchors)
        for t in texts + extra:
            assert r.find(t, date(2024, 3, 8)) == plain.find(t, date(2024, 3, 8)), t


def test_time_rule_requirements_hold_for_every_match():
    """A time pattern runs on a sentence only if the sentence meets all of its requirements
    (``Rules.requires``: literals, the anchors of its groups and branches, a digit): every match of
    every pattern on real sentences meets them, and they close sentences the anchor alone opened."""
    import re
    from datetime import date

    from newsgraph.extract.timex_rules import _DIGITS, rules

    tml = (DATA / "timex_de_dev.tml").read_text("utf-8")
    texts = [json.loads(line)["sentence"] for line in (DATA / "events_de_dev.jsonl").read_text("utf-8").splitlines()
             if line.strip()] + [re.sub(r"<[^>]+>", "", line) for line in tml.splitlines()]
    texts += ["Am Abend des 3. März 2024 um 14:00 Uhr", "Anfang 2025 und seit drei Jahren", "vor einem Monat"]
    r = rules("de")
    matched = 0
    for t in texts:
        low = t.lower()
        for (kind, rx), (reqs, digit) in zip(r.patterns, r.requires):
            if rx.search(t):
                matched += 1
                assert all(any(a in low for a in req) for req in reqs), (kind, t)
                assert not digit or _DIGITS.search(t), (kind, t)
    assert matched > 100
    # "des" alone opened the day-part pattern ("am Abend des 3. März") for any genitive
    dp = next(k for k, (kind, _rx) in enumerate(r.patterns) if kind == "dpdate")
    assert ("des",) in r.requires[dp][0] and len(r.requires[dp][0]) >= 3
    assert r.find("Die Rede des Ministers", date(2024, 3, 8)) == []
