"""The off-topic perturbation generator (newsgraph/checks/perturb.py, version 2) makes insertions
like the seed's "… regionaler Stabilität und des Klimawandels …"."""

from __future__ import annotations

import random

from newsgraph.checks.perturb import common_nouns, off_topic, split_sentences

TEXT = ("Die Regierung tagte am Montag in der Hauptstadt. Der Minister sprach über die Zukunft des Verbands in der Stadt. "
        "Danach verließ er den Saal, ohne Fragen zu beantworten. Die Sitzung endete erst am späten Abend.")
DONOR = ("Der Klimawandel bedroht die Küsten im Norden. Die Folgen des Klimawandels sind groß, sagen Forscher. "
         "Sie warnen vor dem Klimawandel, weil die Gletscher in den Alpen wegen des Klimawandels schmelzen. Das ist neu.")


def _insertions(version: int) -> list[str]:
    out = []
    for k in range(40):
        made = off_topic(TEXT, split_sentences(TEXT), DONOR, random.Random(k), version, set())
        if made:
            new, d = made
            out.append(new[d.start - 30:d.end + 15])
            assert new[d.start:d.end] == d.note
    return out


def test_v2_coordinates_in_the_same_case():
    conj = [s for s in _insertions(2) if "Klimawandel" in s and "Gletscher" not in s]
    assert conj, "no conjunct was inserted"
    # only after the genitive "des Verbands": the donor's "dem Klimawandel" has no dative sibling here
    assert all("des Verbands und des Klimawandels in" in s or "des Verbands sowie des Klimawandels in" in s
               or "des Verbands oder des Klimawandels in" in s for s in conj), conj


def test_v2_appends_whole_adverbial_clauses():
    clauses = [s for s in _insertions(2) if "Gletscher" in s]
    assert clauses
    assert all(", weil die Gletscher in den Alpen wegen des Klimawandels schmelzen." in s for s in clauses), clauses


def test_common_nouns_are_not_off_topic_material():
    topics = ["Q" + "".join(chr(97 + (i // 26 ** p) % 26) for p in range(3)) + "ung" for i in range(50)]
    pool = [f"Im Jahr des Landes sprach der Minister über die {t}." for t in topics]
    common = common_nouns(pool)
    assert "landes" in common and "minist" in common
    assert not any(k.startswith("q") for k in common)


def test_seed_climate_is_the_most_likely_off_topic_conjunct():
    """The classifier (models/checks_de/offtopic.json) ranks the seed's insertion first among the
    seed's conjuncts, though below the threshold set for few false flags (see the xfail in
    test_checks.py)."""
    from pathlib import Path

    from newsgraph import nlp as nlp_stage
    from newsgraph.checks.article import ArticleChecks
    from newsgraph.checks.config import section
    from newsgraph.checks.tagging import tag_doc
    from newsgraph.checks.topic import article_topic, determiners, probability, scored_candidates

    text = (Path(__file__).resolve().parent.parent / "newsgraph/data/samples/seed_de.txt").read_text("utf-8")
    checks = ArticleChecks()
    assert checks.offtopic_model is not None
    sents = tag_doc(nlp_stage.load("de")(text))
    cfg = section("topic")
    topic = article_topic(sents, checks.vectors, cfg, checks.subword)
    scored = sorted((probability(checks.offtopic_model["conjunct"], f), " ".join(t.text for t in seg.toks))
                    for seg, _fits, f in scored_candidates(sents, topic, ("conjunct",), determiners(cfg)))
    assert len(scored) >= 2
    assert scored[-1][1] == "und des Klimawandels", scored


def test_v3_dangling_keeps_the_verbs_number():
    """Generator v3 swaps only nouns of a singular-verb subject (the donors' nouns are singular);
    v2 also made "Die Cohabitation wurden …"."""
    from newsgraph.checks.perturb import dangling

    text = ("Ein Bus ist verunglückt. Die Polizei sperrte die Straße. Die Insassen wurden ins Krankenhaus gebracht. "
            "Die Feuerwehr kam am Abend. Die Ermittler gehen von einem Unfall aus.")
    donor = "Sie schrieb eine Beschwerde an die Stadt. Die Beschwerde blieb ohne Antwort."
    sents = split_sentences(text)
    v2, v3 = set(), set()
    for k in range(60):
        for version, out in ((2, v2), (3, v3)):
            made = dangling(text, sents, random.Random(k), donor, version)
            if made:
                out.add(made[1].note.split(" for ")[1])
    assert v3 == {"Die Feuerwehr"}, v3
    assert {"Die Insassen", "Die Ermittler"} <= v2, v2


def _toks(words: list[tuple[str, str]], sent: int = 0, start_i: int = 0):
    from newsgraph.checks.tagging import Tok

    out, pos = [], 0
    for k, (w, tag) in enumerate(words):
        out.append(Tok(w, pos, pos + len(w), w.lower(), tag, sent=sent, i=start_i + k))
        pos += len(w) + 1
    return out


def test_shared_forms_find_relatives_of_a_conjunct():
    """A conjunct whose noun the article uses a relative of ("Krankenhausärzte" after "Krankenhaus")
    shares a word form with it; an unrelated one does not."""
    from newsgraph.checks.topic import ArticleTopic
    from newsgraph.checks.vectors import load_vectors
    from newsgraph.config import models_dir

    sents = [_toks([("Das", "ART"), ("Krankenhaus", "NN"), ("streikt", "VVFIN")]),
             _toks([("Die", "ART"), ("Krankenhausärzte", "NN"), ("und", "KON"), ("die", "ART"), ("Gletscher", "NN")],
                   sent=1, start_i=3)]
    topic = ArticleTopic(sents, load_vectors(str(models_dir() / "checks_de")), set())
    assert topic.shared_forms([sents[1][1]])[1] == 1.0
    assert topic.shared_forms([sents[1][4]]) == (0.0, 0.0)


def test_slot_fit_prefers_the_contexts_a_word_was_trained_with(tmp_path):
    """The skip-gram slot fit is the mean log-sigmoid of input . output vectors: a context whose output
    vector points along the word's input vector fits, one pointing away does not."""
    import json

    import numpy as np

    from newsgraph.checks.vectors import SubwordVectors

    rng = np.random.default_rng(0)
    np.save(tmp_path / "floret.npy", rng.normal(size=(200, 8)).astype(np.float16))
    (tmp_path / "floret.json").write_text(json.dumps({"minn": 3, "maxn": 5, "hash_count": 2, "hash_seed": 2166136261,
                                                      "bow": "<", "eow": ">", "lowercase": True}))
    sv = SubwordVectors(tmp_path)
    v = sv.batch(["Komponist"])[0]
    np.save(tmp_path / "floret_context.npy", np.stack([3 * v, -3 * v]).astype(np.float16))
    (tmp_path / "floret_context.json").write_text(json.dumps(["schrieb", "explodierte"]))
    sv = SubwordVectors(tmp_path)
    good, bad = sv.slot_fit(["Komponist"], ["schrieb"])[0], sv.slot_fit(["Komponist"], ["explodierte"])[0]
    assert good > np.log(0.5) > bad  # log sigmoid(0) = log 0.5: pointing along vs away
    assert sv.slot_fit(["Komponist"], ["unbekannt"]) is None


def test_v4_dangling_cuts_the_antecedent_of_a_noun_that_needs_one():
    """Generator v4 makes a dangling reference by cutting the sentence that introduced its noun: the
    reference itself stays the author's (it fits its verb); unique referents ("Die Polizei") and nouns
    named in the first sentence are left alone, and no other definite subject loses its antecedent."""
    from newsgraph.checks.perturb import dangling_v4

    text = ("Drohung gegen Bürgermeister. Im Rathaus ging am Montag ein Brief ein. Die Polizei sperrte das Gebäude. "
            "Der Brief wurde am Dienstag dem Stadtrat vorgelegt. Die Polizei ermittelt.")
    sents = split_sentences(text)
    made = [dangling_v4(text, sents, random.Random(k), {"brief"}) for k in range(10)]
    assert all(m is not None for m in made)
    new, d = made[0]
    assert "ein Brief" not in new and "Die Polizei sperrte" in new
    assert new[d.start:d.end] == "Der Brief" and new[d.end:].startswith(" wurde am Dienstag")
    # "Polizei" is never introduced with "ein/eine" in the pool: a unique referent, never made dangling
    assert all(m[1].note.startswith("Der Brief") for m in made)
    assert dangling_v4(text, sents, random.Random(0), set()) is None
    # the only mention in the first sentence (the headline) is never cut
    head = "Ein Brief an den Bürgermeister. Im Rathaus sprach man darüber. Die Sitzung war kurz. Der Brief wurde vorgelegt."
    assert dangling_v4(head, split_sentences(head), random.Random(0), {"brief"}) is None
    # cutting "ein Brief und eine Karte" would leave "Die Karte" without its antecedent too
    both = ("Drohung gegen Bürgermeister. Im Rathaus gingen ein Brief und eine Karte ein. Das Amt schwieg. "
            "Der Brief wurde vorgelegt. Die Karte blieb verschwunden.")
    assert dangling_v4(both, split_sentences(both), random.Random(0), {"brief"}) is None


def test_resolvers_find_what_a_reader_takes_up_without_the_noun():
    """The reader's resolvers (newsgraph/checks/resolve.py) shared by generator v5 and the dangling check:
    a verb of the noun's root with ablaut and a separated particle, an agent noun, a synonym's compound
    head, an event noun; and not a preposition that looks like a particle, nor an auxiliary."""
    from newsgraph.checks.resolve import Resolver, synonym_index

    def res(text: str) -> Resolver:
        r = Resolver(synonym_index([["treffen", "gipfel"]]), {"vorfall"})
        r.add_text(text)
        return r

    assert res("Zuerst griffen die Rebellen die Stadt an.").resolves("Angriff") == "derivation"
    assert res("Die Angreifer flohen.").resolves("Angriff") == "derivation"
    assert res("Der Täter wurde festgenommen.").resolves("Festnahme") == "derivation"
    assert res("Ein Sprengsatz explodierte.").resolves("Explosion") == "derivation"
    assert res("Das Gericht hat entschieden.").resolves("Entscheidung") == "derivation"
    assert res("Er wurde zu fünf Jahren verurteilt.").resolves("Urteil") == "derivation"
    assert res("Die Rebellen kämpften an der Grenze.").resolves("Angriff") is None
    assert res("Die Kosten sind hoch.").resolves("Sender") is None
    assert res("Vor dem G-20-Gipfel sprach er.").resolves("Treffen") == "synonym"
    assert res("Ein Lkw kippte um.").resolves("Vorfall") == "event"
    assert Resolver({}, {"vorfall"}).resolves("Vorfall") is None  # nothing was told yet
    assert res("Sie brachten ein neues Album heraus.").resolves("Doppelalbum") == "head"
    assert res("Die Lage ist ernst.").resolves("Anlage") is None


def test_v5_leaves_out_references_a_reader_can_resolve(monkeypatch):
    """v5 = v4 without references that stay resolvable after the cut: here "Der Angriff" keeps the
    verb "griffen … an" of the kept sentence, so only v4 records it as dangling."""
    from newsgraph.checks import perturb
    from newsgraph.checks.perturb import dangling_v4_all

    # v5's corpus checks read German news usage from ../shared; the test brings its own small corpus
    # so that it runs (and means the same) on a clone without the shared data
    monkeypatch.setattr(perturb, "_CORPUS", ["Die Firma will Müll transportieren. Das Kinderheim ist alt."])
    monkeypatch.setattr(perturb, "_BRIDGES", None)
    monkeypatch.setattr(perturb, "_LOWER", None)

    text = ("Schüsse in der Hauptstadt. Am Morgen griffen Bewaffnete eine Kaserne an. Einen Angriff hatte niemand erwartet. "
            "Die Polizei sperrte das Viertel. Der Angriff dauerte zwei Stunden.")
    sents = split_sentences(text)
    log: list = []
    v4 = dangling_v4_all(text, sents, random.Random(0), {"angriff"}, log=log)
    assert [d.note.split(" (")[0] for _, d in v4] == ["Der Angriff"]
    assert log[0][0] == "derivation"
    assert dangling_v4_all(text, sents, random.Random(0), {"angriff"}, reader_checks=True) == []
    plain = ("Schüsse in der Hauptstadt. Am Morgen kam es zu Schüssen. Einen Angriff hatte niemand erwartet. "
             "Die Polizei sperrte das Viertel. Der Angriff dauerte zwei Stunden.")
    assert len(dangling_v4_all(plain, split_sentences(plain), random.Random(0), {"angriff"}, reader_checks=True)) == 1


def test_dangling_candidates_use_the_resolvers_only_when_asked():
    """``unresolved`` with the reader's resolvers: "Der Angriff" after "griffen … an" and "Der Mann" after a
    named person have antecedents; without them (the default) both stay candidates."""
    from newsgraph.checks.dangling import unresolved
    from newsgraph.checks.tagging import Tok

    def sent(words: list[tuple[str, str, str]], si: int, start: int) -> list[Tok]:
        out, i = [], start
        for k, (w, tag, ent) in enumerate(words):
            out.append(Tok(w, i, i + len(w), w.lower(), tag, si, True, "", start + k, "Sing" if tag == "NN" else "", ent))
            i += len(w) + 1
        return out

    sents = [sent([("Schüsse", "NN", ""), ("in", "APPR", ""), ("Kabul", "NE", "LOC"), (".", "$.", "")], 0, 0),
             sent([("Rebellen", "NN", ""), ("griffen", "VVFIN", ""), ("Hans", "NE", "PER"), ("Meier", "NE", "PER"),
                   ("an", "PTKVZ", ""), (".", "$.", "")], 1, 10),
             sent([("Der", "ART", ""), ("Angriff", "NN", ""), ("dauerte", "VVFIN", ""), ("lange", "ADV", ""), (".", "$.", "")], 2, 20),
             sent([("Der", "ART", ""), ("Mann", "NN", ""), ("überlebte", "VVFIN", ""), (".", "$.", "")], 3, 30)]
    plain = {c.noun.text: has for c, has in unresolved(sents, {}, 1)}
    assert plain == {"Angriff": False, "Mann": False}
    read = {c.noun.text: has for c, has in unresolved(sents, {}, 1, set(), {"mann"})}
    assert read == {"Angriff": True, "Mann": True}


def test_a_quoted_name_anchors_a_definite_noun():
    """"Die Performance-Truppe „Improv Everywhere“" names its referent on the spot: no candidate; the
    bare "Die Truppe" is one."""
    from newsgraph.checks.dangling import anchored
    from newsgraph.checks.tagging import Tok

    def toks(words: list[tuple[str, str]]) -> list[Tok]:
        return [Tok(w, 0, 0, w.lower(), tag, 0, True, "", k) for k, (w, tag) in enumerate(words)]

    named = toks([("Die", "ART"), ("Performance-Truppe", "NN"), ("„", "$("), ("Improv", "NN"), ("Everywhere", "NN"),
                  ("“", "$("), ("hatte", "VAFIN")])
    assert anchored(named, 1)
    assert not anchored(toks([("Die", "ART"), ("Truppe", "NN"), ("hatte", "VAFIN")]), 1)
    assert not anchored(toks([("Die", "ART"), ("Truppe", "NN"), ("„", "$("), ("sehr", "ADV")]), 1)


def test_grammar_features_of_a_conjunct():
    """A conjunct whose article and noun mark a case its sibling's cannot ("der Prozess und der
    Entführung") clashes; one joined to a subject whose finite verb stays singular ("hat die
    Kommission und die Idee festgelegt") breaks the verb's number; "die Polizei und die Justiz" as an
    object does neither."""
    from newsgraph.checks.tagging import Tok
    from newsgraph.checks.topic import ArticleTopic, grammar, segments
    from newsgraph.checks.vectors import load_vectors
    from newsgraph.config import models_dir

    def sent(words, k):
        out, pos = [], 0
        for j, (w, tag, dep, head, number, gender) in enumerate(words):
            out.append(Tok(w, pos, pos + len(w), w.lower(), tag, sent=k, i=10 * k + j, dep=dep, head=10 * k + head,
                           number=number, gender=gender))
            pos += len(w) + 1
        return out

    s0 = sent([("Dann", "ADV", "advmod", 6, "", ""), ("wurde", "VAFIN", "aux", 6, "Sing", ""),
               ("der", "ART", "det", 3, "", ""), ("Prozess", "NN", "nsubj", 6, "Sing", "Masc"),
               ("und", "KON", "cc", 5, "", ""), ("der", "ART", "det", 6, "", ""),
               ("Entführung", "NN", "conj", 3, "Sing", "Fem"), ("begleitet", "VVPP", "ROOT", 7, "", "")], 0)
    s1 = sent([("Dann", "ADV", "advmod", 6, "", ""), ("hat", "VAFIN", "aux", 6, "Sing", ""),
               ("die", "ART", "det", 3, "", ""), ("Kommission", "NN", "nsubj", 6, "Sing", "Fem"),
               ("und", "KON", "cc", 5, "", ""), ("die", "ART", "det", 5, "", ""),
               ("Idee", "NN", "conj", 3, "Sing", "Fem"), ("festgelegt", "VVPP", "ROOT", 6, "", "")], 1)
    s2 = sent([("Er", "PPER", "nsubj", 1, "", ""), ("lobt", "VVFIN", "ROOT", 1, "Sing", ""),
               ("die", "ART", "det", 3, "", ""), ("Polizei", "NN", "obj", 1, "Sing", "Fem"),
               ("und", "KON", "cc", 5, "", ""), ("die", "ART", "det", 6, "", ""),
               ("Justiz", "NN", "conj", 3, "Sing", "Fem")], 2)
    sents = [s0, s1, s2]
    topic = ArticleTopic(sents, load_vectors(str(models_dir() / "checks_de")), set())
    got = {seg.toks[-1].text: grammar(topic, seg) for seg in segments(sents) if seg.kind == "conjunct"}
    agree = {k: {f: g[f] for f in ("case_clash", "sing_verb")} for k, g in got.items()}
    assert agree["Entführung"] == {"case_clash": 1.0, "sing_verb": 1.0}
    assert agree["Idee"] == {"case_clash": 0.0, "sing_verb": 1.0}
    assert agree["Justiz"] == {"case_clash": 0.0, "sing_verb": 0.0}
    # the parser hangs each second noun on the first: a coordination it can read
    assert all(g["parse_conj"] == 1.0 and g["sib_ne"] == 0.0 and g["num_clash"] == 0.0 for g in got.values())


def test_parse_and_name_features_of_a_conjunct():
    """``parse_conj`` is 0 where the parser does not read the second noun as the first one's conjunct, ``sib_ne``
    1 for a name spelt like a word ("der Ukraine und der Krim") and 0 for an acronym ("der EU"), ``num_clash`` 1
    for a singular joined to a plural, ``in_list`` 1 for a sibling inside an enumeration."""
    from newsgraph.checks.tagging import Tok
    from newsgraph.checks.topic import ArticleTopic, grammar, segments
    from newsgraph.checks.vectors import load_vectors
    from newsgraph.config import models_dir

    def sent(words, k):
        out, pos = [], 0
        for j, (w, tag, dep, head, number) in enumerate(words):
            out.append(Tok(w, pos, pos + len(w), w.lower(), tag, sent=k, i=10 * k + j, dep=dep, head=10 * k + head,
                           number=number))
            pos += len(w) + 1
        return out

    s0 = sent([("Er", "PPER", "nsubj", 1, ""), ("besuchte", "VVFIN", "ROOT", 1, "Sing"), ("die", "ART", "det", 3, ""),
               ("Ukraine", "NE", "obj", 1, "Sing"), ("und", "KON", "cc", 6, ""), ("die", "ART", "det", 6, ""),
               ("Kriege", "NN", "obj", 1, "Plur")], 0)
    s1 = sent([("Er", "PPER", "nsubj", 1, ""), ("lobte", "VVFIN", "ROOT", 1, "Sing"), ("Paris", "NE", "obj", 1, "Sing"),
               (",", "$,", "punct", 5, ""), ("die", "ART", "det", 5, ""), ("EU", "NE", "conj", 2, "Sing"),
               ("und", "KON", "cc", 8, ""), ("die", "ART", "det", 8, ""), ("NATO", "NE", "conj", 5, "Sing")], 1)
    topic = ArticleTopic([s0, s1], load_vectors(str(models_dir() / "checks_de")), set())
    got = {seg.toks[-1].text: grammar(topic, seg) for seg in segments([s0, s1]) if seg.kind == "conjunct"}
    assert got["Kriege"]["parse_conj"] == 0.0 and got["Kriege"]["sib_ne"] == 1.0 and got["Kriege"]["num_clash"] == 1.0
    assert got["Kriege"]["in_list"] == 0.0
    assert got["NATO"]["parse_conj"] == 1.0 and got["NATO"]["sib_ne"] == 0.0 and got["NATO"]["in_list"] == 1.0


def test_v5_reader_checks_bridging_and_event_nouns(monkeypatch):
    """v5's corpus checks: a noun whose whole the kept text names (a genitive or a compound of the corpus:
    "der Motor des Wagens", "Kinderheim") is bridging, a nominalised action ("Die Räumung", "Der Transport"
    of "transportieren") may take up any described event; neither counts as dangling. Persons are not
    parts ("Der Mann" after "Feuerwehr"), and a noun the corpus relates to nothing stays dangling."""
    from newsgraph.checks import perturb

    corpus = ["Gestern sprang der Motor des Wagens nicht an. Im Kinderheim wohnen Kinder. Das Heim ist alt.",
              "Die Firma will Müll transportieren. Der Feuerwehrmann kam. Der Mann ist da. Die Feuerwehr kam."]
    monkeypatch.setattr(perturb, "_CORPUS", corpus)
    monkeypatch.setattr(perturb, "_BRIDGES", None)
    monkeypatch.setattr(perturb, "_LOWER", None)
    assert perturb.bridging("Motor", "Ein alter Wagen stand vor dem Haus.")
    assert perturb.bridging("Heim", "Die Kinder spielten im Garten.")
    assert not perturb.bridging("Motor", "Ein altes Haus stand am Fluss.")
    assert perturb.event_noun("Räumung") and perturb.event_noun("Transport")
    assert not perturb.event_noun("Boje") and not perturb.event_noun("Firma")
    text = ("Die Feuerwehr rückte aus. Ein Mann wurde gerettet. Am Abend kam der Regen. "
            "Die Straße war nass. Der Mann erholte sich.")
    sents = split_sentences(text)
    assert perturb.reader_check(text, sents, 4, [1], "Mann") is None
    boat = ("Das Schiff lief aus. Eine Boje trieb im Hafen. Der Wagen fuhr vor. Die Straße war nass. Die Boje sank.")
    assert perturb.reader_check(boat, split_sentences(boat), 4, [1], "Boje") is None
    assert perturb.reader_check(boat, split_sentences(boat), 4, [1], "Motor") == "bridging"


def test_gnad_untouched_labels_are_read_and_complete():
    """The hand-read labels of flags on untouched 10kGNAD articles: each has a known label and a note."""
    import json

    from newsgraph.eval.checks import LABELS, load_labels

    rows = [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]
    assert rows and all(r["label"] in ("source", "false") and r["note"] for r in rows)
    labels = load_labels(LABELS)
    assert labels[(rows[0]["article"], rows[0]["kind"], rows[0]["text"])] == rows[0]["label"]
    assert load_labels("") == {}


def test_bridging_table_drops_a_part_whose_whole_was_named():
    from newsgraph.checks.article import ArticleChecks

    checks = ArticleChecks()
    motor = _toks([("Motor", "NN")], sent=1)[0]
    assert checks._bridged(motor, [_toks([("Der", "ART"), ("Rennwagen", "NN"), ("fuhr", "VVFIN")])])
    assert not checks._bridged(motor, [_toks([("Der", "ART"), ("Brief", "NN"), ("kam", "VVFIN")])])
    letter = _toks([("Brief", "NN")], sent=1)[0]  # the seed's dangling letter has no whole in the table
    assert not checks._bridged(letter, [_toks([("Das", "ART"), ("Auto", "NN")])])


def test_rank_rule_picks_only_a_clear_leader():
    """topic.rank_rule: the article's most likely conjunct is picked when it leads the runner-up by the
    margin; never when it is the only candidate or the rule is off."""
    from types import SimpleNamespace

    from newsgraph.checks.topic import _rank_pick

    a, b = SimpleNamespace(kind="conjunct"), SimpleNamespace(kind="conjunct")
    cfg = {"rank_rule": True, "rank_min_prob": 0.3, "rank_min_margin": 3.0}
    lead = [(a, [], {}, 0.5), (b, [], {}, 0.02)]      # logits 0.0 and -3.9
    close = [(a, [], {}, 0.5), (b, [], {}, 0.2)]      # logits 0.0 and -1.4
    assert _rank_pick(lead, cfg) is a
    assert _rank_pick(close, cfg) is None
    assert _rank_pick(lead[:1], cfg) is None
    assert _rank_pick([(a, [], {}, 0.25), (b, [], {}, 0.001)], cfg) is None   # below rank_min_prob
    assert _rank_pick(lead, {**cfg, "rank_rule": False}) is None



def test_a_conjunct_without_topic_vectors_is_judged_without_them():
    """A conjunct none of whose words has a topic vector ("und der Zwrtschkbl") is an off-topic candidate only
    with ``topic.subword_fallback``; its topic features are then unknown (NaN, read as the model's mean), its
    subword features known, and it is marked ``no_vector``; the other conjuncts' features do not change."""
    import math

    from newsgraph.checks.tagging import Tok
    from newsgraph.checks.topic import TOPIC_FEATURES, article_topic, probability, scored_candidates
    from newsgraph.checks.vectors import load_subword, load_vectors
    from newsgraph.config import models_dir

    d = str(models_dir() / "checks_de")
    words = [("Die", "ART"), ("Regierung", "NN"), ("und", "KON"), ("der", "ART"), ("Zwrtschkbl", "NN"),
             ("beraten", "VVFIN"), ("über", "APPR"), ("die", "ART"), ("Steuer", "NN"), ("und", "KON"),
             ("die", "ART"), ("Rente", "NN")]
    toks, pos = [], 0
    for j, (w, tag) in enumerate(words):
        toks.append(Tok(w, pos, pos + len(w), w.lower(), tag, sent=0, i=j))
        pos += len(w) + 1
    vectors, sub = load_vectors(d), load_subword(d)
    assert vectors.lookup("Zwrtschkbl") is None
    dets = frozenset({"der", "die"})
    off = {s.toks[-1].text: f for s, _, f in scored_candidates([toks], article_topic([toks], vectors, {}, sub), ("conjunct",), dets)}
    on = {s.toks[-1].text: f for s, _, f in scored_candidates([toks], article_topic([toks], vectors, {"subword_fallback": True}, sub),
                                                               ("conjunct",), dets)}
    assert set(off) == {"Rente"} and set(on) == {"Zwrtschkbl", "Rente"}
    new = on["Zwrtschkbl"]
    assert new["no_vector"] == 1.0 and new["n_known"] == 0.0 and all(math.isnan(new[f]) for f in TOPIC_FEATURES)
    assert -1.0 <= new["sub_sib"] <= 1.0 and new["sub_sib"] != 0.0
    assert on["Rente"] == off["Rente"] and on["Rente"]["no_vector"] == 0.0
    # an unknown feature counts as the model's mean: the same probability as with the mean written in
    model = {"features": ["best", "sub_sib"], "mean": [0.3, 0.5], "scale": [0.1, 0.2], "coef": [1.0, -2.0], "intercept": 0.0}
    assert probability(model, {"best": float("nan"), "sub_sib": 0.7}) == probability(model, {"best": 0.3, "sub_sib": 0.7})


def test_bridge_features_read_licensors_before_the_reference():
    """``bridge_features`` (round 11, not in the shipped model): a noun is licensed when an earlier noun (by stem)
    or lower-case word (by its six-letter prefix) is among its associations; a compound the table lacks is looked
    up by its head; no table, or no licensor before the reference, gives zeros."""
    from newsgraph.checks.dangling import assoc_key, bridge_features

    table = {"vertrag": {"wechse": 2.1, "ablösesumm": 2.3}, "motor": {"wag": 1.5}}
    before = [_toks([("Der", "ART"), ("Stürmer", "NN"), ("wechselt", "VVFIN"), ("nach", "APPR"), ("Köln", "NE")])]
    vertrag = _toks([("Vertrag", "NN")], sent=1)[0]
    f = bridge_features(vertrag, before, table)
    assert f["bridge"] == 2.1 and f["has_bridges"] == 1.0 and f["bridge_n"] > 0
    # "Spielervertrag" is not in the table: its head "vertrag" is
    assert bridge_features(_toks([("Spielervertrag", "NN")], sent=1)[0], before, table)["bridge"] == 2.1
    assert bridge_features(_toks([("Motor", "NN")], sent=1)[0], before, table) == {"bridge": 0.0, "bridge_n": 0.0,
                                                                                   "has_bridges": 1.0}
    assert bridge_features(vertrag, before, None)["has_bridges"] == 0.0
    assert assoc_key("wechselte") == assoc_key("wechselt") == "wechse"
    assert assoc_key("nicht") is None and assoc_key("und") is None


def test_an_adverbial_clause_ending_its_sentence_is_an_appended_candidate():
    """Round 12: the generator's second kind of off-topic insertion, a donor's adverbial clause appended to a sentence
    ("…, weil die Flugverbindungen … eingestellt werden mussten."), is a segment of its own kind with its own model."""
    import json

    from newsgraph.checks.topic import segments

    words = [("Die", "ART"), ("Flüge", "NN"), ("fielen", "VVFIN"), ("aus", "PTKVZ"), (",", "$,"), ("weil", "KOUS"),
             ("die", "ART"), ("Sonde", "NN"), ("durch", "APPR"), ("Fontänen", "NN"), ("fliegt", "VVFIN"), (".", "$.")]
    appended = [" ".join(t.text for t in s.toks) for s in segments([_toks(words)]) if s.kind == "appended"]
    assert appended == ["weil die Sonde durch Fontänen fliegt"]
    # not when another clause follows it, nor when no adverbial subordinator opens it
    mid = words[:-1] + [(",", "$,"), ("sagte", "VVFIN"), ("er", "PPER"), (".", "$.")]
    assert not [s for s in segments([_toks(mid)]) if s.kind == "appended"]
    rel = [w if w[0] != "weil" else ("die", "PRELS") for w in words]
    assert not [s for s in segments([_toks(rel)]) if s.kind == "appended"]
    # the shipped model judges them, at the threshold the config names
    from newsgraph.checks.config import section
    from newsgraph.config import models_dir

    model = json.loads((models_dir() / "checks_de/offtopic.json").read_text("utf-8"))
    assert "appended" in model and "conjunct" in model
    assert abs(model["appended"]["threshold"] - section("topic")["min_appended_prob"]) < 1e-3


def test_the_gnad_side_split_holds_no_held_out_row():
    """Round 14: perturbed 10kGNAD rows that are not held out can train the off-topic model (train_offtopic.py
    --gnad-side-seeds); none of them may be a row the `--split gnad` figures are scored on."""
    import pytest

    from newsgraph.checks import perturb

    if not (perturb.shared_dir() / "data/corpora/10kgnad/test.csv").exists():
        pytest.skip("needs the shared 10kGNAD data")
    side = perturb.load_articles("gnad-side")
    held = {name for name, _, _ in perturb.load_articles("gnad")}
    assert side and held and not held & {name for name, _, _ in side}
    assert all(int(name.split("-")[1]) % 5 for name, _, _ in side)
    assert len(side) + len(held) == 1028


def test_a_capitalised_adjective_after_a_definite_article_ending_otherwise_is_the_conjuncts_noun():
    """Round 18 (``topic.weak_heads``): after "der/die/das …" an adjective is weakly declined (-e, -en), so a capitalised
    ADJA ending otherwise is a noun the tagger missed and the conjunct ends there (quotes-dev: "durch den Arbeitgeber bzw.
    die Rentenversicherungsträger/ADJA Zwangsmitglied einer anderen Krankenkasse" was one NP with "Zwangsmitglied" as
    its noun); an invariable adjective ("der Wiener Polizei") and a weakly declined one stay attributes."""
    from newsgraph.checks.topic import segments

    def conjuncts(words, on):
        return [" ".join(t.text for t in s.toks) for s in segments([_toks(words)], on) if s.kind == "conjunct"]

    words = [("durch", "APPR"), ("den", "ART"), ("Arbeitgeber", "NN"), ("bzw.", "KON"), ("die", "ART"),
             ("Rentenversicherungsträger", "ADJA"), ("Zwangsmitglied", "NN"), ("einer", "ART"), ("Kasse", "NN"), (".", "$.")]
    assert conjuncts(words, False) == ["bzw. die Rentenversicherungsträger Zwangsmitglied"]
    assert conjuncts(words, True) == ["bzw. die Rentenversicherungsträger"]
    for adj in ("Wiener", "Deutschen"):
        city = [("mit", "APPR"), ("dem", "ART"), ("Bürgermeister", "NN"), ("und", "KON"), ("der", "ART"), (adj, "ADJA"),
                ("Polizei", "NN"), (".", "$.")]
        assert conjuncts(city, True) == conjuncts(city, False) == [f"und der {adj} Polizei"]
