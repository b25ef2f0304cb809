"""German events of round 24 (issue #5; models/events_type/MODEL_CARD.md, "Round 24 ... h5"): the acceptance check's
lexical context (extract/event_accept.py ``lexical_features``, ``lemma_bin``; training/events/train_accept.py ``--lex``),
the bare-noun filter ``[classifier.bare_nouns]`` (``bare_noun_filter``) and train_accept's cache key, which now covers
everything that changes a set's rows.

The features are read off real parses; the tables are built in each test, so the tests hold whether
``[classifier.accept]`` ships on or off."""

import json
import sys
import tomllib
from pathlib import Path

import pytest

from newsgraph import nlp
from newsgraph.extract.event_accept import accept_filter, features, lemma_bin, lexical_features
from newsgraph.extract.event_lexicon import CONFIG_DIR

from .german_events import german_events

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training" / "events"))
import train_accept as T  # noqa: E402

DOMAIN = tuple(tomllib.loads((CONFIG_DIR / "events.toml").read_text("utf-8"))["classifier"]["accept"]["domain"])


def _events(text, bare=None):
    def settings(s):
        out = {k: v for k, v in s.items() if k not in ("accept", "bare_nouns")}
        if bare is not None:
            out["bare_nouns"] = bare
        return out

    return german_events(text, settings=settings)


BARE = {"types": ["AID"], "langs": ["de"]}


@pytest.mark.parametrize("text, trigger, kept", [
    # 10kGNAD economy text: oil production and (fresh20, spent) bad loans in banks' books -- nobody receives them
    ("Die Opec werde daher die offizielle Förderung unverändert bei 30 Mio. Barrel pro Tag belassen.", "Förderung", False),
    ("In Italiens Banken schlummern faule Kredite im Volumen von 200 Milliarden Euro.", "Kredite", False),
    # credits a state is given, and aid told by a verb, stay
    ("Die Euro-Staaten gewähren Griechenland neue Kredite.", "Kredite", True),
    ("Das Rote Kreuz versorgte die Flüchtlinge mit Decken.", "versorgte", True),
])
def test_bare_aid_nouns_without_a_receiver_are_dropped(text, trigger, kept):
    off = [e for e in _events(text) if e.type == "AID"]
    assert [e.trigger.text for e in off] == [trigger]
    on = [e.trigger.text for e in _events(text, BARE) if e.type == "AID"]
    assert on == ([trigger] if kept else [])
    # no types: off
    assert [e.trigger.text for e in _events(text, {**BARE, "types": []}) if e.type == "AID"] == [trigger]


def test_lexical_features_see_the_economic_domain_of_a_topic_noun():
    # fresh20 (spent): bad loans in banks' books are no aid; the sentence is full of money nouns
    money = "In Italiens Banken schlummern faule Kredite im Volumen von 200 Milliarden Euro."
    evs = _events(money)
    credit = next(e for e in evs if e.trigger.text.startswith("Kredit"))
    lex = lexical_features(credit, nlp.load("de")(money), DOMAIN)
    assert lex["dom_trigger"] == 1.0 and lex["dom_sent=2"] == 1.0
    # a police act among people and places has none of it
    arrest_text = "Die Polizei nahm den Mann in der Hauptstadt fest."
    arrest = _events(arrest_text)[0]
    lex = lexical_features(arrest, nlp.load("de")(arrest_text), DOMAIN)
    assert "dom_trigger" not in lex and "dom_arg" not in lex and lex["dom_sent=0"] == 1.0
    # no domain list, no domain cue
    assert "dom_trigger" not in lexical_features(credit, nlp.load("de")(money), ())


def test_lemma_rate_bins_and_a_lexical_table_in_the_filter(tmp_path):
    text = "Die Polizei nahm den Mann fest."
    evs = _events(text)
    doc = nlp.load("de")(text)
    feats = features(evs[0], doc, 1)
    lemma = next(k[6:] for k in feats if k.startswith("lemma="))
    table = {"lexical": True, "rate_bins": [0.3, 0.5, 0.7, 1.01], "lemma_rate": {lemma: 0.1}}
    assert lemma_bin(table, feats) == "lemma_rate<0.3"
    assert lemma_bin({**table, "lemma_rate": {lemma: 0.6}}, feats) == "lemma_rate<0.7"
    assert lemma_bin({**table, "lemma_rate": {}}, feats) == "lemma_rate=unseen"
    # a table whose only weight is against rare-event lemmas drops the event when its lemma is rare, keeps it when not
    path = tmp_path / "accept.json"
    cfg = {"model": str(path), "threshold": 0.5, "langs": ["de"], "domain": list(DOMAIN)}
    path.write_text(json.dumps({**table, "bias": 1.0, "weights": {"lemma_rate<0.3": -3.0}}), "utf-8")
    assert accept_filter(cfg, "de", evs, doc) == []
    path2 = tmp_path / "accept2.json"
    path2.write_text(json.dumps({**table, "lemma_rate": {lemma: 0.9}, "bias": 1.0, "weights": {"lemma_rate<0.3": -3.0}}),
                     "utf-8")
    assert accept_filter({**cfg, "model": str(path2)}, "de", evs, doc) == evs


def test_a_rows_lemma_rate_never_counts_its_own_set():
    rows = [{"set": "a", "label": 1, "feats": {"lemma=treffen": 1.0}},
            {"set": "b", "label": 0, "feats": {"lemma=treffen": 1.0}},
            {"set": "b", "label": 0, "feats": {"lemma=treffen": 1.0}}]
    out = T.with_rates(rows, ["a", "b"])
    # set a's row sees only b's two false events (rate low); b's rows see a's true one (rate high)
    assert "lemma_rate<0.3" in out[0]["feats"] and "lemma_rate<1.01" in out[1]["feats"]
    assert T.rate_table(rows)["treffen"] == round((1 + T.RATE_PRIOR / 3) / (3 + T.RATE_PRIOR), 4)


def test_cache_key_follows_the_tree_the_models_and_the_set(tmp_path, monkeypatch):
    for rel, text in (("newsgraph/extract/events.py", "x"), ("newsgraph/config/events.toml", "a = 1"),
                      ("models/de_core/model", "w"), ("models/events_type/accept.json", "{}"),
                      ("models/events_type/MODEL_CARD.md", "card"), ("tests/data/events_de_dev.jsonl", "{}")):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, "utf-8")
    monkeypatch.setattr(T, "ROOT", tmp_path)
    monkeypatch.setattr(T, "DATA", tmp_path / "tests" / "data")
    key = T._version("dev")
    # the acceptance tables and the cards do not change a row (collect runs with the check off)
    (tmp_path / "models/events_type/accept.json").write_text('{"bias": 1}', "utf-8")
    (tmp_path / "models/events_type/MODEL_CARD.md").write_text("card 2", "utf-8")
    assert T._version("dev") == key
    # the extractor's code, its configuration, a model it reads and the set itself do
    for rel in ("newsgraph/extract/events.py", "newsgraph/config/events.toml", "models/de_core/model",
                "tests/data/events_de_dev.jsonl"):
        old = (tmp_path / rel).read_text("utf-8")
        (tmp_path / rel).write_text(old + " ", "utf-8")
        assert T._version("dev") != key, rel
        (tmp_path / rel).write_text(old, "utf-8")
        assert T._version("dev") == key
