"""Where the off-topic check cuts a conjunct ("und/oder/sowie + definite NP"): round 20's ``topic.name_runs_on``."""

from __future__ import annotations


def _toks(words: list[tuple[str, str]]):
    from newsgraph.checks.tagging import Tok

    out, pos = [], 0
    for k, (w, tag) in enumerate(words):
        out.append(Tok(w, pos, pos + len(w), w.lower(), tag, sent=0, i=k))
        pos += len(w) + 1
    return out


def _conjuncts(words: list[tuple[str, str]], on: bool) -> list[str]:
    from newsgraph.checks.topic import segments

    return [" ".join(t.text for t in s.toks) for s in segments([_toks(words)], name_runs_on=on) if s.kind == "conjunct"]


def test_a_name_after_the_conjuncts_noun_belongs_to_the_phrase():
    """Untouched quotes-de train sentences whose conjunct the check cut inside a name or before an apposition, with the
    tags the tagger gave them: the cut-off pieces ("und die Ärztekammer", "und das Rote") were among the candidates that
    set the false-flag threshold (checks_de card, round 20). With the setting the phrase runs on over the capitalised
    nouns; without it the cut stays where it was."""
    chamber = [("hatten", "VAFIN"), ("die", "ART"), ("Drogenberatung", "NN"), ("und", "KON"), ("die", "ART"),
               ("Ärztekammer", "NN"), ("Westfalen-Lippe", "NN"), ("in", "APPR"), ("Bielefeld", "NE"),
               ("eingeladen", "VVPP"), (".", "$.")]
    assert _conjuncts(chamber, False) == ["und die Ärztekammer"]
    assert _conjuncts(chamber, True) == ["und die Ärztekammer Westfalen-Lippe"]
    cross = [("Die", "ART"), ("Behörden", "NN"), ("und", "KON"), ("das", "ART"), ("Rote", "NN"), ("Kreuz", "NN"),
             ("haben", "VAFIN"), ("Notunterkünfte", "NN"), ("eingerichtet", "VVPP"), (".", "$.")]
    assert _conjuncts(cross, False) == ["und das Rote"]
    assert _conjuncts(cross, True) == ["und das Rote Kreuz"]


def test_a_conjunct_before_a_lower_case_word_is_cut_as_before():
    """The seed's insertion ("… regionaler Stabilität und des Klimawandels …") and a genitive attribute keep their cut:
    the setting only takes in capitalised nouns right after the noun."""
    seed = [("mit", "APPR"), ("dauerhafter", "ADJA"), ("regionaler", "ADJA"), ("Stabilität", "NN"), ("und", "KON"),
            ("des", "ART"), ("Klimawandels", "NN"), ("gerecht", "ADJD"), ("werden", "VAINF"), (".", "$.")]
    genitive = [("die", "ART"), ("Polizei", "NN"), ("und", "KON"), ("die", "ART"), ("Justiz", "NN"), ("des", "ART"),
                ("Landes", "NN"), ("ermitteln", "VVFIN"), (".", "$.")]
    for words in (seed, genitive):
        assert _conjuncts(words, True) == _conjuncts(words, False)
    assert _conjuncts(seed, True) == ["und des Klimawandels"]
    assert _conjuncts(genitive, True) == ["und die Justiz des Landes"]
