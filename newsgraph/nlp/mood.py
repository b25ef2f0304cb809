"""German verb mood (Indikativ / Konjunktiv) from the verb's form, after the statistical tagger.

The morphologizer learns Mood from ~1k gold sentences, in which Konjunktiv is rare (one finite
verb in ten) and most Konjunktiv forms occur once or never. But Konjunktiv is largely visible in
the form itself, given a lexicon that splits a form into stem and ending (HanTa's, trained on
TIGER): ``käme`` = käm (variant stem of kommen) + e, ``gebe`` = geb + e. The rules here
(word lists in newsgraph/config/mood.toml):

- an umlauted variant stem the lemma lacks (käm-, hätt-, würd-, bräucht-, wüsst-), or a modal
  with umlaut before a ``-te`` ending (könnte, müsste): Konjunktiv II;
- any other variant stem (past stem) + ``-e``/``-est``/``-et``: Konjunktiv II (ginge, hielte);
  the same stem + ``-en`` is also the indicative past plural (gingen), so it is left alone;
- the present stem + ``-e`` with a subject other than "ich": Konjunktiv I (er gebe, sie komme)
  — no indicative 2nd/3rd person form ends in ``-e``;
- a present ``-t``/``-st`` ending, or a form from the indicative list (ist, hat, kann…): Indikativ;
- forms of "sein" from the Konjunktiv list (sei, seien, wäre…): Konjunktiv.

Only verbs the pipeline already tagged finite are touched; everything else keeps its analysis.
The component runs last (it reads the parse for the subject) and costs one cached HanTa
lookup per distinct finite verb form.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..config import PACKAGE_ROOT
from .segment import hanta_analysis  # the segmenter's HanTa and its per-word cache: one model per process

_UMLAUT = str.maketrans("äöü", "aou")
_FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN")


@lru_cache(maxsize=1)
def _lists() -> dict:
    import tomllib

    cfg = tomllib.loads((PACKAGE_ROOT / "config" / "mood.toml").read_text("utf-8"))
    return {k: frozenset(v) for k, v in cfg["de"].items()}


@lru_cache(maxsize=50_000)
def form_mood(form: str) -> tuple[str, bool]:
    """(mood from the form alone: "Sub", "Ind" or "" if the form cannot tell,
    needs_subject: True when the form is Konjunktiv I unless its subject is "ich")."""
    low = form.lower()
    lists = _lists()
    if low in lists["subjunctive"]:
        return "Sub", False
    if low in lists["indicative"]:
        return "Ind", False
    analysis = hanta_analysis(low)
    if analysis is None:
        return "", False
    lemma, morphemes, tag = analysis
    if not tag.endswith("(FIN)") or not morphemes:
        return "", False
    stem, stem_type = morphemes[0]
    suffix = morphemes[-1][0] if len(morphemes) > 1 and morphemes[-1][1] == "SUF_FIN" else ""
    variant = stem_type.endswith("_VAR")
    if suffix in ("t", "st") or (variant and not suffix):
        # er kommt, du läufst, er hält, er gab: Konjunktiv always ends in -e or -e+person.
        return "Ind", False
    umlaut_added = any(c in "äöü" for c in stem) and not any(c in "äöü" for c in lemma)
    if variant and umlaut_added:
        return "Sub", False
    if stem_type == "VM" and any(c in "äöü" for c in stem) and suffix.startswith("te"):
        return "Sub", False
    if variant and suffix in ("e", "est", "et") and not _elided(stem, lemma):
        # ginge, hielte; but brachte, dachte, kannte are the mixed verbs' past indicative
        # (their Konjunktiv has the umlaut: brächte).
        if stem.endswith(("cht", "nnt", "ndt")):
            return "", False
        return "Sub", False
    if suffix == "e":  # present stem (or its e-less variant, handl-e)
        return "Sub", True
    return "", False


def _elided(stem: str, lemma: str) -> bool:
    """handl- from handeln, wandr- from wandern: a present stem that only drops its e."""
    return stem.translate(_UMLAUT) != lemma.translate(_UMLAUT) and any(
        lemma[:i] + lemma[i + 1 :] == stem for i in range(len(lemma)) if lemma[i] == "e"
    )


def _subject(tok: Token) -> Token | None:
    seen = 0
    while seen < 4:
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubj:pass", "expl"):
                return child
        # "… sagte, er komme und gebe …": the second verb shares the first one's subject.
        if tok.dep_ != "conj" or tok.head is tok:
            return None
        tok = tok.head
        seen += 1
    return None


def _finite(tok: Token) -> tuple[bool, bool]:
    """(finite, contested): finite if the morphologizer says so or, when it gave the verb a
    non-finite form ("gefällt" as participle, "kommen" as infinitive), if the STTS tagger
    calls it finite and HanTa's lexicon allows a finite reading."""
    forms = tok.morph.get("VerbForm")
    if tok.pos_ in ("VERB", "AUX") and ("Fin" in forms or (not forms and tok.tag_ in _FINITE_TAGS)):
        return True, False
    if tok.tag_ in _FINITE_TAGS and tok.pos_ in ("VERB", "AUX") and _hanta_finite(tok.lower_):
        return True, True
    return False, False


def _hanta_finite(low: str) -> bool:
    analysis = hanta_analysis(low)
    return analysis is None or analysis[-1].endswith("(FIN)")


class MoodRules:
    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            finite, contested = _finite(tok)
            if not finite:
                continue
            if tok.morph.get("Mood") == ["Imp"]:
                # "Laß", "Siehe": the imperative's bare stem looks indicative to the form rules.
                continue
            mood, needs_subject = form_mood(tok.text)
            if needs_subject:
                subj = _subject(tok)
                if subj is None:
                    mood = ""
                elif subj.lower_ == "ich":
                    mood = "Ind"
            if not mood:
                if not contested:
                    continue
                # Nine finite verbs in ten are indicative: the default once the form is silent.
                mood = "Ind"
            # Konjunktiv I (and its "ich" look-alike) is built on the present stem, II on the past.
            tense = "Pres" if needs_subject or tok.lower_.startswith("sei") else "Past" if mood == "Sub" else ""
            if tok.morph.get("Mood") != [mood] or (tense and tok.morph.get("Tense") != [tense]):
                feats = tok.morph.to_dict()
                feats["Mood"] = mood
                feats["VerbForm"] = "Fin"
                if tense:
                    feats["Tense"] = tense
                tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
        return doc


@Language.factory("newsgraph_mood")
def make_mood(nlp: Language, name: str) -> MoodRules:
    return MoodRules()
