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


class _EveryWordFinder(ActorFinder):
    """The actor finder as it was before round 27: ``role_type`` and ``is_name`` asked of every word, lower case too."""

    def _single(self, toks, i):
        from newsgraph.extract.event_actors import PRONOUNS

        t = toks[i]
        low = t.low
        if low in PRONOUNS and (t.cap or self.lex.lang == "en") and self.last_person is not None:
            if self.de and low == "sie" and i + 1 < len(toks) and toks[i + 1].low in ("haben", "hatten", "sind", "waren", "wollen", "werden"):
                return None
            p = self._mk(toks, i, i + 1, "pronoun", self.last_person.actor_type, self.last_person.country)
            p.resolved = self.last_person.resolved or self.last_person.text
            return p
        pl = self.place(low) if (t.cap or not self.de) and t.text[:1].isupper() else None
        if pl:
            return self._mk(toks, i, i + 1, pl[0], pl[2], pl[1])
        rt = self.role_type(t)
        if rt and not self.de and self._attributive(toks, i):
            return None
        if rt and (t.cap or not self.de):
            j = i + 1
            while j < len(toks) and j - i <= 3 and self.is_name(toks[j], False):
                j += 1
            kind = "role" if j > i + 1 else ("org" if rt in ("igo", "media", "party") else "role")
            return self._extend_left(toks, i, j, kind, rt)
        if (not self.de and t.cap and i + 1 < len(toks) and self.country_of(low)
                and self._group_noun(toks[i + 1])):
            return self._mk(toks, i, i + 2, "org", None)
        if low in self.surnames:
            first = self.surnames[low]
            return self._mk(toks, i, i + 1, "person", first.actor_type, first.country, resolved=first.text)
        if self.is_name(t, sent_initial=(i == 0)):
            j = i + 1
            while j < len(toks) and self.is_name(toks[j], False):
                j += 1
            if (not self.de and j < len(toks) and not toks[j].cap and self.role_type(toks[j])
                    and not self._attributive(toks, j)):
                return None
            if j - i >= 2:
                return self._mk(toks, i, j, "person", None, None)
            if not self.de or self._looks_like_org(t):
                return self._mk(toks, i, i + 1, "person" if self.de else "name", None, None)
        return None


def test_actor_phrases_skip_lower_case_words_without_change():
    # round 27: a lower-case word is asked neither ``role_type`` nor ``is_name`` (German role nouns and names are
    # capitalised); the phrases and learned surnames of every sentence, in article order, must be the old ones
    sents = _sentences()
    seed = (Path(__file__).resolve().parents[1] / "newsgraph" / "data" / "samples" / "seed_de.txt").read_text("utf-8")
    for lang, texts in (("de", sents + seed.split("\n")), ("en", ["The minister Peter Smith met Kenyan diplomats.",
                                                                    "A group of Moroccan diplomats said the army attacked.",
                                                                    "president Obama and the Human rights organization Amnesty International"])):
        lex = lexicon(lang)
        new, old = ActorFinder(lex), _EveryWordFinder(lex)
        n = 0
        for s in texts:
            toks = tokenize(s)
            a, b = new.phrases(toks), old.phrases(toks)
            assert a == b, s
            new.learn(toks, a)
            old.learn(toks, b)
            n += len(a)
        assert new.surnames == old.surnames
        assert n > 10 if lang == "de" else n >= 3


# round 29: the read German event sets only (the blind ones stay unread by anything but their one scoring)
READ = ("dev", "fresh", "fresh2", "fresh3", "fresh7", "fresh9", "fresh11", "fresh12", "fresh16")


def _read_sentences() -> list[str]:
    out = []
    for p in (DATA / f"events_de_{name}.jsonl" for name in READ):
        out += [json.loads(line)["sentence"] for line in p.read_text("utf-8").splitlines() if line.strip()]
    return out


def test_bare_context_patterns_find_what_the_written_ones_find():
    # round 29: the sense filters' context patterns, asked only whether they occur, are compiled without their
    # alternatives' leading and trailing \w*; they must answer found / not found as the patterns as written do
    import re

    from newsgraph.extract import event_senses
    from newsgraph.extract.events import classifier_settings

    senses = classifier_settings()["senses"]
    compiled = event_senses._compiled(senses, "de")
    sents = _read_sentences()
    assert len(sents) > 700
    for key in ("stage_context", "sport_context"):
        written = senses[key]["de"]
        assert any(event_senses._bare(p) != p for p in written)
        full = re.compile("|".join(f"(?:{p})" for p in written))
        got = [compiled[key].search(s) is not None for s in sents]
        assert got == [full.search(s) is not None for s in sents]
        assert 0 < sum(got) < len(sents)


def test_bare_keeps_what_would_change_meaning():
    from newsgraph.extract import event_senses

    assert event_senses._bare(r"\w*[Tt]urnier\w*") == "[Tt]urnier"
    # a lazy or possessive star, a pattern that is nothing but \w*, an escaped backslash before "w*"
    for p in (r"\w*?liga", r"\w*+liga", r"\w*", r"Pfad\\w*"):
        assert event_senses._bare(p) == p
    assert event_senses._bare(r"Pfad\\\w*") == "Pfad\\\\"


def test_noun_endings_answer_as_the_anchored_regex_did():
    # round 29: ActorFinder.is_name's abstract-noun test is a suffix test; on every token of the read sentences it must
    # answer as the regex search it replaced
    import re

    from newsgraph.extract.event_actors import NOUNISH

    old = re.compile(r"(ung|heit|keit|ion|schaft|tät|ismus|nis|ment|ität|ungen|ionen|gen|ten|ern)$")
    lows = [t.low for s in _read_sentences() for t in tokenize(s)]
    got = [w.endswith(NOUNISH) for w in lows]
    assert got == [old.search(w) is not None for w in lows]
    assert 0 < sum(got) < len(lows)
