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
- forms of "sein" from the Konjunktiv list (sei, seien, wäre…): Konjunktiv;
- present stem + ``-en`` (sie repräsentieren) and the bare present stem (werd, hab): Indikativ;
- an auxiliary reads its content verb's subject ("habe ich vergessen": Indikativ).

Finiteness ([rules] in mood.toml): besides the morphologizer's VerbForm, a verb is made finite
when the STTS tagger says V*FIN and the lexicon agrees whatever the UPOS, and when a clause
has a subject but no finite verb (the first verb of the cluster in a main clause, the last one
after a subordinator or relative pronoun), and when a lower-case form has only a finite reading
in the lexicon ("lag", "schmeckt") and the parser gave it a subject.

Round 15 (measured in the de_core card; only ``ich_anywhere`` is on): ``context_finite`` asks HanTa's
HMM tagger, in a short span of context, about words our tagger called ADJA/ADV/NN/VVINF… that the
lexicon can read as finite ("In Toulouse legten Studenten …"); ``ich_anywhere`` makes an -e form with
"ich" in its clause indicative; ``t_ending_indicative`` a finite verb in a bare -t.

Round 21 (de_core card; on: the first five): a weak past -te(n) form the model called Konjunktiv is
indicative (``weak_te_indicative``: the past is far the commoner reading of "kritisierten"); an umlauted
modal past stem is Konjunktiv II also in the old spelling "müßten" (``modal_umlaut_past_stem``); a strong
past stem in a/o/u without umlaut + -en is indicative, "kamen" (``past_plural_umlaut_indicative``);
``clause_finite`` also takes a lone participle that equals the infinitive, "erhalten"
(``clause_finite_en_participle``); a subordinate clause found by word order alone (subordinator or relative
word … comma) without a finite verb has its last verb finite (``verb_final_order``: "…, die in Holland
wohnen,"). Off: ``en_plural_finite``, ``conj_shares_mood``, ``polite_imperative``.

Only verbs the pipeline already tagged finite are touched; everything else keeps its analysis.
The component runs last (it reads the parse for the subject) and costs one cached HanTa
lookup per distinct finite verb form.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_LOWER, IS_SPACE, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, MorphAnalysis, Token

from ..config import PACKAGE_ROOT
from .segment import hanta_analysis  # the segmenter's HanTa and its per-word cache: one model per process

_UMLAUT = str.maketrans("äöü", "aou")
_FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN")


@lru_cache(maxsize=1)
def _lists() -> dict:
    import tomllib

    cfg = tomllib.loads((PACKAGE_ROOT / "config" / "mood.toml").read_text("utf-8"))
    return {k: frozenset(v) for k, v in cfg["de"].items()}


@lru_cache(maxsize=1)
def _rules() -> dict:
    import tomllib

    cfg = tomllib.loads((PACKAGE_ROOT / "config" / "mood.toml").read_text("utf-8"))
    return cfg.get("rules", {})


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
    # "niederschlug", "aufbrächten": the separable particle comes first; the stem follows it.
    stems = [m for m in morphemes if not m[1].startswith(("PTKVZ", "PREF", "SUF"))]
    if not stems:
        return "", False
    stem, stem_type = stems[0]
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
    rules = _rules()
    if rules.get("modal_umlaut_past_stem", False) and stem_type.startswith("VM") and stem.endswith("t") \
            and any(c in "äöü" for c in stem) and suffix in ("e", "en", "est", "et"):
        # "müßten", "müßte" (old spelling): the lexicon keeps the -t in the past stem ("müßt" + en) and the
        # lemma "müssen" already has the umlaut, so neither test above sees it. A modal's past indicative
        # never has an umlaut (musste, konnte, durfte, mochte): an umlauted modal past stem is Konjunktiv II.
        return "Sub", False
    if rules.get("past_plural_umlaut_indicative", False) and variant and suffix in ("en", "n") \
            and not any(c in "äöü" for c in stem) and _umlautable(stem):
        # "kamen", "gaben", "standen", "brachten": Konjunktiv II of a strong or mixed verb umlauts a past stem
        # in a/o/u (kämen, gäben, stünden, brächten), so the plain stem + -en is the past indicative. Stems in
        # i/ie/ei (gingen, blieben, ließen) have no umlaut and stay undecided: there Konjunktiv II = indicative.
        return "Ind", False
    if variant and suffix in ("e", "est", "et") and not _elided(stem, lemma):
        # ginge, hielte; but brachte, dachte, kannte are the mixed verbs' past indicative
        # (their Konjunktiv has the umlaut: brächte).
        if stem.endswith(("cht", "nnt", "ndt")):
            return "", False
        return "Sub", False
    if suffix == "e":  # present stem (or its e-less variant, handl-e)
        return "Sub", True
    if rules.get("present_en_indicative", True) and not variant and suffix in ("en", "n"):
        # sie repräsentieren, wir haben: Konjunktiv II needs the past stem, and Konjunktiv I
        # plural equals the indicative, which is how the treebanks annotate it.
        return "Ind", False
    if rules.get("bare_stem_indicative", True) and not variant and not suffix \
            and morphemes[-1][1] in ("VA", "VV", "VM", "VVnp"):
        # "werd ich", "hab ich": the spoken first person without -e; Konjunktiv always has an ending.
        return "Ind", False
    return "", False


def _umlautable(stem: str) -> bool:
    """The stem's last vowel is a, o or u (not the diphthong au): the vowel Konjunktiv II would umlaut."""
    vowels = [i for i, c in enumerate(stem) if c in "aeiouäöüy"]
    if not vowels:
        return False
    i = vowels[-1]
    return stem[i] in "aou" and not (stem[i] == "u" and i > 0 and stem[i - 1] in "ae")


def _en_syncretic(analysis: tuple | None, low: str) -> bool:
    """An -en form that is also the 1st/3rd person plural present: the lexicon's infinitive reading
    ("wohnen", "finden"), or the participle of a verb without ge- that equals its infinitive ("erhalten",
    "bekommen", "vergessen": HanTa VVnp + en, no variant stem; not "erschossen", whose stem is the past one)."""
    if analysis is None or not low.endswith("en") or analysis[-1][:2] not in ("VV", "VA", "VM"):
        return False
    if analysis[-1].endswith("(INF)"):
        return True
    morphemes = analysis[1]
    stems = [m for m in morphemes if not m[1].startswith(("PTKVZ", "PREF", "SUF"))]
    return analysis[-1] == "VV(PP)" and len(stems) == 1 and stems[0][1] == "VVnp" and morphemes[-1] == ("en", "SUF_PP")


def _elided(stem: str, lemma: str) -> bool:
    """handl- from handeln, wandr- from wandern: a present stem that only drops its e."""
    return stem.translate(_UMLAUT) != lemma.translate(_UMLAUT) and any(
        lemma[:i] + lemma[i + 1 :] == stem for i in range(len(lemma)) if lemma[i] == "e"
    )


def _subject(tok: Token) -> Token | None:
    if tok.dep_ in ("aux", "aux:pass", "cop") and _rules().get("aux_subject", True):
        # "habe ich vergessen", "gekauft habe": UD hangs the subject on the content verb.
        tok = tok.head
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


def _finite(tok: Token, known: tuple | None = None) -> tuple[bool, bool]:
    """(finite, contested): finite if the morphologizer says so or, when it gave the verb a
    non-finite form ("gefällt" as participle, "kommen" as infinitive), if the STTS tagger
    calls it finite and HanTa's lexicon allows a finite reading. ``known``: the token's VerbForm
    values, UPOS, tag and whether it has a subject child, as ``_Arrays.finite`` reads them off the
    doc's arrays (else they are read from the Token)."""
    if known is None:
        forms, pos, tag, has_subject = tok.morph.get("VerbForm"), tok.pos_, tok.tag_, None
    else:
        forms, pos, tag, has_subject = known
    if pos in ("VERB", "AUX") and ("Fin" in forms or (not forms and tag in _FINITE_TAGS)):
        return True, False
    if tag in _FINITE_TAGS and pos in ("VERB", "AUX") and _hanta_finite(tok.lower_):
        return True, True
    if tag in _FINITE_TAGS and pos in ("VERB", "AUX") and _rules().get("en_plural_finite", False) \
            and _en_syncretic(hanta_analysis(tok.lower_), tok.lower_) and not _group_has_finite(tok):
        # "die … in Holland wohnen" tagged VVFIN, given VerbForm=Inf by the morphologizer: the lexicon reads an
        # -en form out of context as the infinitive, but the form is also the plural present, and the STTS
        # tagger has seen the context.
        return True, True
    if tag in _FINITE_TAGS and _rules().get("finite_tag_any_pos", True) and _hanta_verb(tok.lower_, finite=True):
        # "schmeckt", "empfahl" tagged VVFIN but given ADJ/PROPN by the morphologizer: the STTS
        # tagger and the lexicon agree on a finite verb.
        return True, True
    # The subject gate goes before _only_finite: it is a look at the children, while the lexicon
    # analysis of every lower-case word costs seconds per 300 articles on a cold cache.
    if _rules().get("lexical_finite", True) and pos not in ("NOUN", "PROPN") and (
        not _rules().get("lexical_finite_needs_subject", False)
        or (any(c.dep_ in _SUBJECT_DEPS for c in tok.children) if has_subject is None else has_subject)
    ) and _only_finite(tok):
        return True, True
    return False, False


def _group_has_finite(tok: Token) -> bool:
    """Another member of the token's verb group (the content verb and its aux / aux:pass / cop) is finite already
    ("kann … mithalten", "muss … gespart werden": the modal): a clause has one finite verb, so an -en form
    beside it is the group's infinitive."""
    head = tok.head if tok.dep_ in _CLUSTER_DEPS else tok
    group = [head] + [c for c in head.children if c.dep_ in _CLUSTER_DEPS]
    return any(t.i != tok.i and (t.tag_ in _FINITE_TAGS or t.morph.get("Mood")) for t in group)


def _only_finite(tok: Token) -> bool:
    """A lower-case form that the lexicon reads as finite and that has no non-finite look-alike:
    a strong past stem without ending ("lag", "fuhr", "empfahl") or a -t/-st/-te/-ten ending on a
    stem whose participle would need ge- ("schmeckt", "dauerte", "gehst"). Infinitive-like -en
    forms and the -e forms are left to the other rules."""
    low = tok.text
    if not low.islower() or tok.tag_ in ("NN", "NE"):
        return False
    analysis = hanta_analysis(low)
    if analysis is None or not analysis[-1].endswith("(FIN)"):
        return False
    morphemes = analysis[1]
    stems = [m for m in morphemes if not m[1].startswith(("PTKVZ", "PREF", "SUF"))]
    if not stems or not stems[0][1].startswith(("VV", "VA", "VM")):
        return False
    suffix = morphemes[-1][0] if morphemes[-1][1] == "SUF_FIN" else ""
    if not suffix:
        return stems[0][1].endswith("_VAR")
    if suffix in ("st", "test", "est"):
        return True
    # -t, and -te/-ten as an inflected participle, also belong to the participle of a verb
    # without ge- (versucht, die erteilten Aufträge, provoziert): not those.
    return suffix in ("t", "et", "te", "ten", "tet", "ete", "eten") and "np" not in stems[0][1]


def _hanta_verb(low: str, finite: bool = False) -> bool:
    analysis = hanta_analysis(low)
    if analysis is None:
        return False
    tag = analysis[-1]
    return tag.endswith("(FIN)") if finite else tag[:2] in ("VV", "VA", "VM")


_CLUSTER_DEPS = ("aux", "aux:pass", "cop")
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")


def _clause_finite(doc: Doc, arr: _Arrays | None = None) -> set[int]:
    """Clauses with a subject but no finite verb: the finite member of the verb cluster by word
    order. A German clause with a subject has exactly one finite verb; in a main clause it comes
    first (second position, "wir haben … gemacht"), in a clause opened by a subordinator or a
    relative pronoun it comes last ("…, die gemacht werden können")."""
    found: set[int] = set()
    rules = _rules()
    # only the heads of subjects: walking every token's children was most of this function
    arr = arr or _Arrays(doc)
    for i in sorted(arr.subject_heads):
        head = doc[i]
        cluster = [head] + [c for c in head.children if c.dep_ in _CLUSTER_DEPS]
        if any(arr.finite_or_mood(t.i) for t in cluster):
            continue
        verbs = sorted((t for t in cluster if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("V")), key=lambda t: t.i)
        if not verbs:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "zu" or c.tag_ == "PTKZU" for v in verbs for c in v.children):
            continue  # "um … zu kaufen": an infinitive clause
        final = head.dep_ in ("acl", "acl:relcl") or any(
            c.dep_ == "mark" or "Rel" in c.morph.get("PronType") for c in head.children
        )
        cand = verbs[-1] if final else verbs[0]
        if cand.tag_ == "VVIZU":  # "anzubringen"
            continue
        # a finite verb right beside the cluster is its own, attached elsewhere ("nötig haben muss")
        if any(0 <= v.i + d < len(doc) and arr.finite(v.i + d)[0] for v in verbs for d in (-1, 1)):
            continue
        # the lexicon must allow a finite reading: ge-participles ("gekauft") are not finite;
        # -en forms are read as infinitives out of context, but are also the plural present.
        analysis = hanta_analysis(cand.lower_)
        if analysis is None or analysis[-1][:2] not in ("VV", "VA", "VM"):
            continue
        if analysis[-1].endswith("(FIN)") or (analysis[-1].endswith("(INF)") and cand.lower_.endswith("n")):
            found.add(cand.i)
        elif rules.get("clause_finite_en_participle", False) and len(verbs) == 1 and _en_syncretic(analysis, cand.lower_) \
                and not _finite_before_in_clause(cand):
            # "Die Mobilfunkbetreiber … erhalten … neue Konkurrenz": a participle that equals the infinitive is
            # also the plural present; alone in its clause (no auxiliary to go with a participle, none attached
            # elsewhere before it: "In diesem Rat sind Vertreter … vertreten") it is finite.
            found.add(cand.i)
        elif rules.get("clause_finite_participle", False) and final and len(verbs) == 1 and head.dep_ != "conj" \
                and _no_ge_participle_t(analysis):
            # "…, während es … Schritt zu halten versucht", "als ob man eine Feuerwehr besucht": a verb without ge-
            # has one form for its participle and its 3rd person; alone in a verb-final clause with a subject (no
            # auxiliary for a participle) it is the finite verb
            found.add(cand.i)
    return found


_OPENERS = ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")
_VERB_TAGS = ("VVFIN", "VAFIN", "VMFIN", "VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP", "VVIZU")


def _verb_final_clauses(doc: Doc, arr: _Arrays | None = None) -> set[int]:
    """Subordinate clauses by word order alone, for clauses whose subject the parser hung elsewhere: from a
    subordinator, relative or interrogative word (not the sentence's first word: "Was machen Sie?") up to the next
    comma, bracket, sentence end or coordinating conjunction, a German subordinate clause ends in its finite verb
    ("…, die seit Jahren in Holland wohnen,", "von dem, was sie tun.", "aufgrund derer Arbeitnehmer … erwerben
    können"). When no verb in the span is finite, the last one is, if its form allows it (the lexicon's finite
    reading or an -en form); not after "zu" (an infinitive clause)."""
    found: set[int] = set()
    arr = arr or _Arrays(doc)
    tag = arr.tag
    ends, openers, kon = _ID["clause_ends"], _ID["openers"], _ID["KON"]
    for toks in arr.sentences():
        tags = [tag[i] for i in toks]
        for k in range(len(toks)):
            if tags[k] not in openers or not _opens_clause(doc, toks, tags, k):
                continue
            spans, j = [], k + 1
            while j < len(toks):
                span = []
                while j < len(toks) and not (tags[j] in ends or tags[j] in openers):
                    span.append(toks[j])
                    j += 1
                spans.append(span)
                # "wenn … einziehen und viele kleine scheitern": a conjunct after "und" continues the clause
                if j >= len(toks) or tags[j] != kon:
                    break
                j += 1
            for n, span in enumerate(spans):
                last = _clause_final_verb(doc, span, tag, arr)
                if last is None:
                    break
                nxt = spans[n + 1] if n + 1 < len(spans) else []
                nverbs = [i for i in nxt if tag[i] in _ID["verb_tags"]]
                if len(nverbs) > 1 and (tag[nverbs[-1]] in _ID["finite"] or doc[nverbs[-1]].morph.get("Mood")):
                    # "dass er AIDS auslösen und … resistent sein soll": the infinitives share the last conjunct's modal
                    break
                if not arr.finite_or_mood(last.i):
                    found.add(last.i)
    return found


_CLAUSE_ENDS = ("$,", "$.", "$(", "KON")


def _opens_clause(doc: Doc, toks: list[int], tags: list[int], k: int) -> bool:
    """A subordinator anywhere (sentence-initial "Wenn …, …" too); a relative or interrogative word after a comma
    or bracket, after a preposition that follows one ("…, in denen …"), or after a pronoun it refers to ("von dem
    was", "alles, was"). Not a sentence's first w-word ("Was machen Sie?") and not an article the tagger called
    PRELS ("in die … Stadt"). ``toks``: the sentence's non-space token positions, ``tags`` their tag ids."""
    tag = tags[k]
    if tag == _ID["KOUS"]:
        # not a verb the tagger took for one ("Habe/KOUS die bestellten Artikel prompt erhalten.")
        analysis = hanta_analysis(doc[toks[k]].lower_)
        return analysis is None or analysis[-1][:1] != "V"
    if tag not in _ID["openers"] or k == 0:
        return False
    prev = tags[k - 1]
    if prev in _ID["after_comma"]:
        return True
    return prev in _ID["prepositions"] and k >= 2 and tags[k - 2] in _ID["brackets"]


def _clause_final_verb(doc: Doc, span: list[int], tag: list[int], arr: _Arrays | None = None) -> Token | None:
    """The span's verb if it ends the span (bar a separable particle), is the only verb the span has that could be
    finite, and its form allows a finite reading; None when another verb of the span is finite, or the span is an
    infinitive clause. ``span``: token positions, ``tag``: the doc's tag ids."""
    arr = arr or _Arrays(doc)
    verbs = [i for i in span if tag[i] in _ID["verb_tags"]]
    if not verbs:
        return None
    last_i = verbs[-1]
    if last_i != span[-1] and tag[span[-1]] != _ID["PTKVZ"]:
        return None
    if any(arr.finite_or_mood(i) for i in verbs[:-1]):
        return None
    last = doc[last_i]
    if (last_i > 0 and tag[last_i - 1] == _ID["PTKZU"]) or (tag[last_i] == _ID["VVIZU"] and "zu" in last.lower_[1:-2]):
        return None  # an infinitive clause; a VVIZU without "zu" inside ("scheitern") is the tagger's slip
    if arr.finite_or_mood(last_i):
        return last
    analysis = hanta_analysis(last.lower_)
    if analysis is None or analysis[-1][:2] not in ("VV", "VA", "VM"):
        return None
    if analysis[-1].endswith("(FIN)") or _en_syncretic(analysis, last.lower_) \
            or (analysis[-1].endswith("(INF)") and last.lower_.endswith("n")):
        return last
    return None


def _no_ge_participle_t(analysis: tuple) -> bool:
    """HanTa's participle of a verb without ge- ending in -t ("versucht", "besucht": VVnp + t), which is also the
    3rd person singular present; not a ge-participle ("gekauft") nor a strong one ("erschossen")."""
    morphemes = analysis[1]
    return analysis[-1] == "VV(PP)" and len(morphemes) == 2 and morphemes[0][1] == "VVnp" \
        and morphemes[1] == ("t", "SUF_PP")


def _hanta_finite(low: str) -> bool:
    analysis = hanta_analysis(low)
    return analysis is None or analysis[-1].endswith("(FIN)")


# Tags our tagger gives finite verbs it misreads (GSD fold A dev: "legten"/"räumte" ADJA, "kaufe"
# ADJD, "denkt" ADV, "liefen"/"drohen" VVINF, sentence-initial "Habe"/"Kenne" NN/NE, "lag" APPR):
# only these are put to HanTa's tagger in context.
_CONTEXT_TAGS = ("ADJA", "ADJD", "ADV", "VVINF", "VAINF", "VMINF", "VVPP", "VVIZU", "NN", "NE", "APPR", "KOUS")


def _ids(*names: str) -> frozenset[int]:
    return frozenset(get_string_id(n) for n in names)


# Tag, dependency and UPOS ids of the names the rules test, to test the doc's arrays without a Token per token.
_ID = {
    "finite": _ids(*_FINITE_TAGS),
    "finite_a": np.array([get_string_id(n) for n in _FINITE_TAGS], dtype=np.uint64),
    "verb_pos": np.array([VERB, AUX], dtype=np.uint64),
    "subject_deps": np.array([get_string_id(n) for n in _SUBJECT_DEPS], dtype=np.uint64),
    "verb_tags": _ids(*_VERB_TAGS),
    "clause_ends": _ids(*_CLAUSE_ENDS),
    "openers": _ids(*_OPENERS),
    "after_comma": _ids("$,", "$(", "PDS", "PIS", "PRELS"),
    "prepositions": _ids("APPR", "APPRART"),
    "brackets": _ids("$,", "$("),
    "context_a": np.array([get_string_id(n) for n in _CONTEXT_TAGS], dtype=np.uint64),
    "nouns_a": np.array([get_string_id(n) for n in ("NN", "NE")], dtype=np.uint64),
    "det": get_string_id("det"),
    "ADJA": get_string_id("ADJA"),
    **{n: get_string_id(n) for n in ("KON", "KOUS", "PTKVZ", "PTKZU", "VVIZU")},
}


def _among(col: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.isin(col, values)`` for the handful of ids the rules test: one comparison per value. np.isin sorts
    both arrays on every call, which on a doc's few hundred tokens cost more than the tests themselves."""
    out = np.zeros(len(col), dtype=bool)
    for v in values:
        out |= col == v
    return out


@lru_cache(maxsize=16384)
def _morph_field(vocab, key: int, field: str) -> tuple[str, ...]:
    """``MorphAnalysis.get(field)`` of the morphology with hash ``key``, as a tuple."""
    return tuple(MorphAnalysis.from_id(vocab, key).get(field))


@lru_cache(maxsize=4096)
def _mood_of(vocab, key: int) -> bool:
    return bool(MorphAnalysis.from_id(vocab, key).get("Mood"))


def _has_mood(doc: Doc, key: int) -> bool:
    """The morphology with hash ``key`` has a Mood (as ``Token.morph.get("Mood")``)."""
    return _mood_of(doc.vocab, key)


class _Arrays:
    """The doc's tags, UPOS, dependencies, heads and space / alpha / lower-case marks from one ``doc.to_array``,
    read by the rules that scan every token (a Token attribute is an object and a string-store look-up per
    read; nine tokens in ten are no candidate of any rule). Made once per doc by MoodRules before its loop, the
    only part that changes tags or morphology."""

    def __init__(self, doc: Doc):
        a = doc.to_array([TAG, POS, DEP, HEAD, IS_SPACE, IS_ALPHA, IS_LOWER, MORPH, LOWER])
        self.a = a
        self.doc = doc
        self.tag_a, self.pos_a = a[:, 0], a[:, 1]
        self.lower_a = a[:, 6].astype(bool)
        self.tag = self.tag_a.tolist()
        self.space = a[:, 4].tolist()
        self.alpha = a[:, 5].tolist()
        self.low = a[:, 8].tolist()
        # HEAD is the offset to the head (0: the token is its own head), stored unsigned
        offset = a[:, 3].view(np.int64)
        subj = _among(a[:, 2], _ID["subject_deps"]) & (offset != 0)
        self.subject_heads = set((np.flatnonzero(subj) + offset[subj]).tolist())
        self._sents: list[list[int]] | None = None
        self._finite: dict[int, tuple[bool, bool]] = {}

    def morph_get(self, i: int, field: str) -> list[str]:
        """``doc[i].morph.get(field)`` as the doc was when the arrays were read (MoodRules changes a token's
        morphology only after its own reads)."""
        return list(_morph_field(self.doc.vocab, int(self.a[i, 7]), field))

    def finite(self, i: int) -> tuple[bool, bool]:
        """``_finite(doc[i])``, once per token: the rules before MoodRules' loop and the loop ask about the
        same verbs, and nothing they read of a token (its morphology, tags, lower case, children) changes before
        the loop reaches it. The VerbForm, UPOS, tag and subject test come from the arrays."""
        got = self._finite.get(i)
        if got is None:
            strings = self.doc.vocab.strings
            known = (self.morph_get(i, "VerbForm"), strings[int(self.pos_a[i])], strings[self.tag[i]],
                     i in self.subject_heads)
            got = self._finite[i] = _finite(self.doc[i], known)
        return got

    def finite_or_mood(self, i: int) -> bool:
        """``_finite(doc[i])[0] or doc[i].morph.get("Mood")``, as a bool."""
        return self.finite(i)[0] or _has_mood(self.doc, int(self.a[i, 7]))

    def context_maybe(self, det_guard: bool) -> list[int]:
        """Per token 0 where _context_candidate says no whatever the sentence position (a tag it does not take,
        not alphabetic, a Mood already, with ``det_guard`` an ADJA inside a noun phrase its noun's determiner
        opens), else 1, or 3 for a capitalised NN/NE, which it takes only as its sentence's first word."""
        a, doc = self.a, self.doc
        n = len(a)
        ok = _among(a[:, 0], _ID["context_a"]) & a[:, 5].astype(bool)
        morph = a[:, 7]
        moods = [key for key in set(morph[ok].tolist()) if _has_mood(doc, key)]
        if moods:
            ok &= ~_among(morph, np.array(moods, dtype=np.uint64))
        if det_guard:
            # ADJA whose head is a later NN/NE with a det child before the ADJA (children: tokens whose head it
            # is, itself not among them)
            offset = a[:, 3].view(np.int64)
            head = np.arange(n) + offset
            det = np.flatnonzero((a[:, 2] == _ID["det"]) & (offset != 0))
            first = np.full(n, n, dtype=np.int64)
            np.minimum.at(first, head[det], det)
            adja = np.flatnonzero(ok & (a[:, 0] == _ID["ADJA"]))
            h = head[adja]
            inside = _among(a[h, 0], _ID["nouns_a"]) & (h > adja) & (first[h] < adja)
            ok[adja[inside]] = False
        capital = _among(a[:, 0], _ID["nouns_a"]) & ~a[:, 6].astype(bool)
        return (ok.astype(np.int64) * (1 + 2 * capital)).tolist()

    def sentences(self) -> list[list[int]]:
        """Each sentence's non-space token positions."""
        if self._sents is None:
            space = self.space
            self._sents = [[i for i in range(s.start, s.end) if not space[i]] for s in self.doc.sents]
        return self._sents


def _context_finite(doc: Doc, arr: _Arrays | None = None) -> set[int]:
    """Verbs HanTa's HMM tagger reads as finite in their context (a span of ``context_window``
    tokens either side, the other words going in with our tag fixed) where our tagger read a
    non-finite verb, an adjective, an adverb or a noun: "In Toulouse legten Studenten …",
    "Habe heute Kette … gekauft", "die Betreiber benutzen … und akzeptieren keine …". HanTa was
    trained on a large newspaper treebank and sees the word's whole paradigm in its lexicon,
    which the 1k-sentence model does not. Candidates are limited to words the lexicon can read
    as a finite verb or a plural -en form out of context, so the tagger runs on few spans."""
    from .hanta_tags import _FIXED, _hanta_number, _tagger, stts

    rules = _rules()
    window = int(rules.get("context_window", 2))
    tagger = _tagger()
    if tagger is None:
        return set()
    found: set[int] = set()
    arr = arr or _Arrays(doc)
    tag, low, strings = arr.tag, arr.low, doc.vocab.strings
    maybe = arr.context_maybe(rules.get("context_det_guard", False))
    for idx in arr.sentences():
        # _context_candidate's rejections that the arrays and the word form can tell first: a Token only for the
        # few that pass them
        cands = [k for k, i in enumerate(idx) if maybe[i] and (k == 0 or not maybe[i] & 2)
                 and _context_verb(strings[low[i]]) and _context_candidate(doc[i], k)]
        if not cands:
            continue
        spans: list[tuple[int, int]] = []
        for k in cands:
            a, b = max(0, k - window), min(len(idx), k + window + 1)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        cset = set(cands)
        for a, b in spans:
            words = []
            for k in range(a, b):
                n = None if k in cset else _hanta_number(strings[tag[idx[k]]])
                words.append(doc[idx[k]].text if n is None else f"{_FIXED}{n}")
            for k, hanta_tag in zip(range(a, b), tagger.tag_sent(words, taglevel=0), strict=True):
                if k in cset and stts(hanta_tag) in _FINITE_TAGS:
                    found.add(idx[k])
    return found


@lru_cache(maxsize=50_000)
def _context_verb(low: str) -> bool:
    """_context_candidate's lexicon test: a form HanTa reads as a finite verb, or an -en form it reads as an
    infinitive."""
    analysis = hanta_analysis(low)
    if analysis is None or analysis[-1][:2] not in ("VV", "VA", "VM"):
        return False
    return analysis[-1].endswith("(FIN)") or (analysis[-1].endswith("(INF)") and low.endswith("en"))


def _context_candidate(tok: Token, k: int) -> bool:
    if tok.tag_ not in _CONTEXT_TAGS or not tok.is_alpha or tok.morph.get("Mood"):
        return False
    if tok.tag_ in ("NN", "NE") and k > 0 and not tok.is_lower:
        return False  # a capitalised noun inside the sentence; only the first word may be a verb
    if _rules().get("context_det_guard", False) and _inside_noun_phrase(tok):
        return False
    if _rules().get("context_inf_guard", False) and _clause_has_finite_before(tok):
        return False
    return _context_verb(tok.lower_)


def _clause_has_finite_before(tok: Token) -> bool:
    """An infinitive-tagged word whose clause already has a finite verb before it ("…, eine Häufung könne mit der
    Krisenlage zu tun haben."): a clause has one finite verb, so the word is the infinitive of the verb cluster. In a
    verb-final clause the finite verb comes last ("…, weil sie kommen wollen") and nothing finite precedes it. The
    clause is read back to a comma, a bracket, a sentence end or a coordinating conjunction ("Die Kinder spielen
    und singen")."""
    if tok.tag_ not in ("VVINF", "VAINF", "VMINF"):
        return False
    return _finite_before_in_clause(tok)


def _finite_before_in_clause(tok: Token) -> bool:
    """A finite-tagged verb between the token and the clause's start (a comma, a bracket, a sentence end or a
    coordinating conjunction, read backwards)."""
    for t in reversed(tok.sent[: tok.i - tok.sent.start]):
        if t.tag_ in ("$,", "$.", "$(", "KON"):
            return False
        if t.tag_ in _FINITE_TAGS:
            return True
    return False


def _inside_noun_phrase(tok: Token) -> bool:
    """An adjective between its noun's determiner and the noun ("nach einem von Präsident Putin
    unterstützten Referendum") is a participle, not a finite verb: a finite verb never stands
    inside a noun phrase that an article opens. Without a determiner ("In Toulouse legten
    Studenten …") the word stays a candidate."""
    head = tok.head
    if tok.tag_ != "ADJA" or head.tag_ not in ("NN", "NE") or head.i <= tok.i:
        return False
    return any(c.dep_ == "det" and c.i < tok.i for c in head.children)


def _has_ich(tok: Token) -> bool:
    """An "ich" among the verb's dependents (the content verb's, for an auxiliary) or right
    after it ("finde ich", "Brauch ich"): 1st person singular, whatever the parser called it."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "ich":
        return True
    heads = [tok] + ([tok.head] if tok.dep_ in ("aux", "aux:pass", "cop") else [])
    return any(c.lower_ == "ich" for h in heads for c in h.children)


def _no_subject_mood(tok: Token) -> str:
    """A present-stem -e form ("gebe", "wachse", "habe") whose subject the parser did not find.
    As the first word of its sentence it is the subject-less 1st person of informal writing
    ("Habe heute … gekauft"): indicative. Elsewhere the subject is there but unattached
    ("…, gleichzeitig wachse die Eigenverantwortung"), and a 3rd person -e is Konjunktiv I."""
    first = next((t for t in tok.sent if not (t.is_punct or t.is_space)), None)
    return "Ind" if first is not None and first.i == tok.i else "Sub"


def _conjunct_sub(tok: Token) -> bool:
    """A verb whose form cannot tell ("hörten": weak past = Konjunktiv II) coordinated without a subject of its
    own to a verb group in Konjunktiv ("Diese Menschen könnten … nicht unterscheiden und hörten nur noch
    Wortsalat"): the conjuncts share subject and mood."""
    if tok.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return False
    head = tok.head
    group = [head] + [c for c in head.children if c.dep_ in _CLUSTER_DEPS]
    return any(t.morph.get("Mood") == ["Sub"] for t in group if t.i < tok.i)


def _weak_past(low: str, modals: bool) -> bool:
    """A weak past form (present stem + -te/-ten/-test/-tet, HanTa), a modal's only with ``modals``."""
    analysis = hanta_analysis(low)
    if analysis is None or not analysis[-1].endswith("(FIN)"):
        return False
    morphemes = analysis[1]
    stems = [m for m in morphemes if not m[1].startswith(("PTKVZ", "PREF", "SUF"))]
    if not stems or stems[0][1].endswith("_VAR") or morphemes[-1][1] != "SUF_FIN":
        return False
    if stems[0][1].startswith("VM") and not modals:
        return False
    return morphemes[-1][0] in ("te", "ten", "test", "tet", "ete", "eten", "etest", "etet")


def _polite_imperative(tok: Token) -> bool:
    """"Melden Sie die Gäste an, …": an -en verb opening a sentence, right before "Sie", in a sentence that
    is not a question, is the polite imperative (the question "Melden Sie …?" has the same words)."""
    doc = tok.doc
    words = [t for t in tok.sent if not (t.is_punct or t.is_space)]
    if not words or words[0].i != tok.i or not tok.lower_.endswith("en"):
        return False
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "Sie":
        return False
    return not any(t.text == "?" for t in tok.sent)


class MoodRules:
    def __call__(self, doc: Doc) -> Doc:
        rules = _rules()
        arr = _Arrays(doc)
        forced = _clause_finite(doc, arr) if rules.get("clause_finite", True) else set()
        if rules.get("verb_final_order", False):
            forced |= _verb_final_clauses(doc, arr)
        if rules.get("context_finite", False):
            forced |= _context_finite(doc, arr)
        if rules.get("en_plural_finite", False):
            # that rule reads the token's verb group, which the loop may change before it reaches the token: the
            # loop asks afresh (the answers kept above were given before any change)
            arr._finite.clear()
        for tok in self._candidates(doc, forced, arr):
            i = tok.i
            finite, contested = arr.finite(i)
            if not finite and i in forced:
                finite, contested = True, True
            if not finite:
                continue
            # the token's morphology as read into the arrays: it changes only at the end of its own turn
            now_mood = arr.morph_get(i, "Mood")
            if now_mood == ["Imp"]:
                # "Laß", "Siehe": the imperative's bare stem looks indicative to the form rules.
                continue
            if rules.get("polite_imperative", False) and _polite_imperative(tok):
                feats = {k: v for k, v in tok.morph.to_dict().items() if k not in ("Tense", "Person")}
                feats.update(Mood="Imp", VerbForm="Fin")
                tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
                continue
            mood, needs_subject = form_mood(tok.text)
            if needs_subject:
                subj = _subject(tok)
                if rules.get("ich_anywhere", False) and _has_ich(tok):
                    # "halte ich", "was ich … finde": the parser took another word for the
                    # subject, but an "ich" in the verb's own clause makes the -e form 1st person.
                    mood = "Ind"
                elif subj is None:
                    mood = _no_subject_mood(tok) if rules.get("no_subject_e", False) else ""
                elif subj.lower_ == "ich":
                    mood = "Ind"
            elif not mood and rules.get("t_ending_indicative", False) and tok.lower_.endswith("t") \
                    and not tok.lower_.endswith("et") and now_mood == ["Sub"]:
                # "ergänzt" (the lexicon reads the participle): no Konjunktiv form ends in a bare -t
                # ("wärt" is in the list), so a finite verb ending in one is indicative.
                mood = "Ind"
            if not mood and rules.get("conj_shares_mood", False) and _conjunct_sub(tok):
                mood = "Sub"
            elif not mood and rules.get("weak_te_indicative", False) and now_mood == ["Sub"] \
                    and _weak_past(tok.lower_, rules.get("weak_te_modals", False)):
                # "kritisierten", "sollten": a weak verb's past and its Konjunktiv II are one form; the past
                # indicative is far the commoner (news writes Konjunktiv II of weak verbs with "würde").
                mood = "Ind"
            if not mood:
                if not contested:
                    continue
                # Nine finite verbs in ten are indicative: the default once the form is silent.
                mood = "Ind"
            # Konjunktiv I (and its "ich" look-alike) is built on the present stem, II on the past.
            tense = "Pres" if needs_subject or tok.lower_.startswith("sei") else "Past" if mood == "Sub" else ""
            if now_mood != [mood] or (tense and arr.morph_get(i, "Tense") != [tense]):
                feats = tok.morph.to_dict()
                feats["Mood"] = mood
                feats["VerbForm"] = "Fin"
                if tense:
                    feats["Tense"] = tense
                if contested:
                    # adjective/participle features do not belong to a finite verb
                    for k in ("Degree", "Case", "Gender"):
                        feats.pop(k, None)
                tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
            if contested:
                self._verb_tags(tok)
        return doc

    @staticmethod
    def _candidates(doc: Doc, forced: set[int], arr: _Arrays | None = None) -> list[Token]:
        """The tokens _finite can call finite (or ``forced``), in order: a verb UPOS, a finite STTS
        tag, or what the lexical rule may take (a lower-case word; with the subject gate, one
        with a subject). Nine tokens in ten are none of these, and reading each one's morphology
        in _finite was most of this component's time."""
        rules = _rules()
        lexical = rules.get("lexical_finite", True)
        gated = rules.get("lexical_finite_needs_subject", False)
        arr = arr or _Arrays(doc)
        take = _among(arr.pos_a, _ID["verb_pos"]) | _among(arr.tag_a, _ID["finite_a"])
        extra = set(forced)
        if lexical:
            if gated:
                extra |= arr.subject_heads
            else:
                take |= arr.lower_a
        if extra:
            take[sorted(extra)] = True
        return [doc[i] for i in np.flatnonzero(take).tolist()]

    @staticmethod
    def _verb_tags(tok: Token) -> None:
        """A verb made finite here gets the finite STTS tag and a verb UPOS to match."""
        kind = tok.tag_[:2] if tok.tag_[:2] in ("VA", "VM", "VV") else ""
        if not kind:
            analysis = hanta_analysis(tok.lower_)
            kind = analysis[-1][:2] if analysis is not None and analysis[-1][:2] in ("VA", "VM", "VV") else "VV"
        if tok.tag_ not in _FINITE_TAGS:
            tok.tag_ = kind + "FIN"
        if tok.pos_ not in ("VERB", "AUX"):
            tok.pos_ = "VERB" if kind == "VV" else "AUX"


@Language.factory("newsgraph_mood")
def make_mood(nlp: Language, name: str) -> MoodRules:
    return MoodRules()
