"""Second-stage sentence classifier for cue-less quotes (claims.toml [model] act_classifier).

quotes-de's Reported quotes are speech acts told without their content ("Der Sicherheitsrat rief
die libysche Regierung zur Beendigung des gewaltsamen Vorgehens auf"), the whole sentence being the
message and no cue; its FreeIndirect quotes are hearsay sentences without a frame ("Rund 800
Menschen sollen verletzt worden sein"). Neither has a cue word for the taggers or the rules to
find them by, so most are missed (de_quotes card, nineteenth pass). Here every sentence the
extractor left without a quote gets a feature set (its main verb's lemma and particle, whether
that verb is in the speech-verb lists, modal, passive, subject kind, object noun, Konjunktiv,
quotes found around it ...) and a multinomial logistic regression (``models/de_acts/weights.json``,
trained by ``training/quotes/train_acts.py`` on quotes-de train tagged by cross-fitted taggers)
says none / Reported / free. Above the class's threshold the sentence becomes a quote of that mode,
the parse subject of its main verb the speaker of a Reported one (the linker and the free-speaker
inheritance, which run later, see it like any other quote).

Before the sentence model is asked, a second one (``weights.json`` "comp", a binary logistic regression) looks at
the sentence's first clause that may be the content of a word before it ("Die Wissenschaftler fanden heraus,
dass …", "Volker Beck plädierte dafür, … zu erteilen"): quotes-de's Indirect quotes whose cue no list or rule
knows, or whose rule failed on the parse (de_quotes card, twenty-first pass). Above its threshold the clause
becomes an Indirect quote with that verb as cue and its subject as speaker.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from ..nlp.table import token_table
from .quotes_features import Tok, config, doc_text, lexicon
from .quotes_rules import _needs_met, _verb_lemma, verb_lemma_at

MODALS = ("soll", "woll", "will")
SUBJ = {"nsubj", "nsubj:pass", "csubj"}
OBJ = {"obj", "iobj", "obl", "obl:arg"}
PASSIVE = {"nsubj:pass", "aux:pass"}
# a source in the sentence before ("Nach Angaben der Polizei …", "Das berichtete die Zeitung")
SOURCE_WORDS = ("angaben", "bericht", "berichten", "informationen", "polizei", "sprecher", "zeitung",
                "agentur", "medien", "mitteilung", "erklärung", "behörde", "laut", "zufolge")


@lru_cache(maxsize=1)
def _lists():
    de = config().get("de", {})
    return (frozenset(de.get("reported_lemmas", [])), frozenset(de.get("indirect_lemmas", [])),
            tuple(de.get("reported_stems", [])), tuple(de.get("cue_stems", [])),
            tuple(de.get("indirect_stems", [])) + tuple(de.get("indirect_zu_stems", [])),
            frozenset(de.get("light_verb_nouns", [])) | frozenset(de.get("angaben", [])),
            frozenset(de.get("hedges", [])))


def _sent_spans(toks: list[Tok]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    a = 0
    for k in range(1, len(toks) + 1):
        if k == len(toks) or toks[k].sent != toks[a].sent:
            out.append((a, k))
            a = k
    return out


def free_sentences(toks: list[Tok], quotes) -> tuple[list[tuple[int, int]], list[str]]:
    """The sentences (Tok ranges) no quote's message touches, and the mode of the quote touching
    each sentence of the document ("" none)."""
    from .quotes_rules import covered_tokens

    spans = _sent_spans(toks)
    mode_of = [""] * len(spans)
    sent_index = {toks[a].sent: n for n, (a, _) in enumerate(spans)}
    for q in quotes:
        for k in covered_tokens(toks, q.message):
            n = sent_index[toks[k].sent]
            if not mode_of[n] or not q.nested:
                mode_of[n] = q.mode
    return spans, mode_of


# (doc, token list, their _columns), replaced whole: a thread never sees one document's key with another's answer
_COLS_MEMO: tuple = (None, None, None)


def _columns(doc, toks: list[Tok]) -> tuple[list[int], list[str], list[str], list[str], list[str], list[str],
                                             list[bool]]:
    """Per token of ``doc``: head index, lower-cased text, text, TAG, DEP, POS and whether its Mood
    holds "Sub" (the values ``features`` reads per token of each sentence), from the doc's token
    table (newsgraph/nlp/table.py, shared with the other extractors and the checks). The last doc's
    are kept: the act classifier asks for each sentence without a quote. The memo holds the doc and
    the extractor's token list of it (``toks``, made anew by each extraction), so its identity cannot
    pass to another document, nor to a later extraction of a doc whose annotations were changed in between."""
    global _COLS_MEMO
    memo = _COLS_MEMO
    if memo[0] is doc and memo[1] is toks:
        return memo[2]
    tab = token_table(doc, check=False)  # checked by the tokens_from_doc that made ``toks``
    got = (tab.head, tab.lower, tab.text, tab.tag, tab.dep, tab.pos, tab.mood_sub)
    _COLS_MEMO = (doc, toks, got)
    return got


def features(doc, toks: list[Tok], spans, mode_of, n: int, text: str | None = None) -> list[str] | None:
    """The features of sentence ``n`` (a Tok range of ``spans``), None if it cannot be a quote of
    its own (too short, quoted, unparsed). ``text``: ``doc.text``, which the callers read once per document
    (spaCy joins it from every token on each access: per sentence it was two thirds of this module's CPU time)."""
    a, b = spans[n]
    words = [toks[k] for k in range(a, b) if toks[k].text not in ".,;:!?-–()"]
    if len(words) < 5 or toks[a].i < 0 or toks[b - 1].i < 0:
        return None
    s0, s1 = toks[a].i, toks[b - 1].i + 1
    span = doc[s0:s1]
    heads, lows, texts, tags, deps, poss, konj = _columns(doc, toks)
    rep_lem, ind_lem, rep_stems, cue_stems, ind_stems, nouns, hedges = _lists()
    f = ["bias"]
    # the first token whose head is itself or outside the sentence
    root = doc[next((i for i in range(s0, s1) if heads[i] == i or not (s0 <= heads[i] < s1)), s0)]
    low = root.text.lower()
    sent_low = lows[s0:s1]
    needs = config().get("de", {}).get("reported_stem_needs", {})
    if root.pos_ in ("VERB", "AUX"):
        lem = _verb_lemma(root)
        f.append("r=" + lem)
        prt = [c.text.lower() for c in root.children if c.dep_ in ("compound:prt", "svp")]
        if prt:
            f.append("prt=" + prt[0])
        if (lem in rep_lem or low.startswith(rep_stems)) and _needs_met(low, sent_low, needs):
            # "sprach von" is a Reported act, "sprach mit seiner Frau" is not ([de] reported_stem_needs)
            f.append("r_rep")
        if lem in ind_lem:
            f.append("r_ind")
        if low.startswith(cue_stems):
            f.append("r_cue")
        if ((prt[0] if prt else "") + low).startswith(ind_stems) or low.startswith(ind_stems):
            f.append("r_indstem")
        f.append("rtag=" + root.tag_)
        if FEATS == 3 and low in lexicon("de").cue_words:
            f.append("r_learned")
    else:
        f.append("rpos=" + root.pos_)
    kids = list(root.children)
    subj = [c for c in kids if c.dep_ in SUBJ]
    if subj:
        s = subj[0]
        f.append("sub=" + s.pos_)
        if s.ent_type_:
            f.append("sub_ent=" + s.ent_type_)
        if s.pos_ == "NOUN":
            f.append("sub_l=" + s.lemma_.lower())
        if any(t.ent_type_ in ("PER", "ORG") for t in s.subtree):
            f.append("sub_name")
    else:
        f.append("sub=none")
    for c in kids:
        if c.dep_ in OBJ and c.pos_ == "NOUN":
            f.append("obj_l=" + c.lemma_.lower())
            if c.lemma_.lower() in nouns:
                f.append("obj_speech")
    # each token of the sentence, read off the document's columns (``_columns``): a spaCy Token
    # per word and attribute cost most of this function
    ri = root.i
    for i in range(s0, s1):
        tl = lows[i]
        if tags[i] == "VMFIN":
            # "sollte" (past or Konjunktiv II: "Sollte das nicht gelingen, …") is no hearsay
            f.append("mod=" + ("sollte" if tl.startswith("sollte") else tl[:4] if tl.startswith(MODALS) else "other"))
            if tl.startswith("soll") and any(x.lemma_ in ("haben", "sein") and x.tag_ in ("VAINF",) for x in span):
                f.append("soll_perf")
        if deps[i] in PASSIVE:
            f.append("passive")
        if konj[i]:
            f.append("konj")
        if poss[i] in ("VERB", "AUX") and i != ri:
            vl = verb_lemma_at(doc, i)
            if (vl in rep_lem or tl.startswith(rep_stems)) and _needs_met(tl, sent_low, needs):
                f.append("any_rep")
            if vl in ind_lem or tl.startswith(cue_stems):
                f.append("any_cue")
        if tl in hedges:
            f.append("hedge")
        if tl in ("dass", "ob"):
            f.append("dass")
        if tl in ("von", "vom") and heads[i] == ri or (deps[i] == "case" and tl in ("von", "vom") and heads[heads[i]] == ri):
            f.append("von_root")
        if texts[i] in ("„", "“", "”", '"', "»", "«"):
            f.append("qmark")
        if tl in nouns and poss[i] == "NOUN":
            f.append("speech_noun")
    ln = len(words)
    f.append("len=" + ("<8" if ln < 8 else "<15" if ln < 15 else "<25" if ln < 25 else "25+"))
    f.append("pos=" + str(min(n, 3)))
    prev = mode_of[n - 1] if n > 0 else "start"
    nxt = mode_of[n + 1] if n + 1 < len(mode_of) else "end"
    f.append("prevq=" + (prev or "none"))
    f.append("nextq=" + (nxt or "none"))
    if any(mode_of[m] for m in range(max(0, n - 3), n)):
        f.append("q_before3")
    if n > 0:
        pa, pb = spans[n - 1]
        pl = {toks[k].text.lower() for k in range(pa, pb)}
        if any(w.startswith(SOURCE_WORDS) for w in pl):
            f.append("prev_src")
        if toks[a].start > 0 and "\n" in (doc.text if text is None else text)[toks[pb - 1].end: toks[a].start]:
            f.append("para0")
    if FEATS >= 2:
        if n > 0 and any(toks[k].text.lower().startswith("soll") for k in range(*spans[n - 1])):
            f.append("prev_soll")
        # a source named in the three sentences before (a hearsay sentence's speaker, quotes-de's FreeIndirect)
        for m in range(max(0, n - 3), n):
            pa, pb = spans[m]
            if any(toks[k].text.lower().startswith(SOURCE_WORDS) for k in range(pa, pb)):
                f.append("src_before3")
                break
        if root.pos_ in ("VERB", "AUX") and len(root.lemma_) > 5:
            f.append("rsuf=" + root.lemma_.lower()[-5:])
    # crossed: the modal with the verb's list membership (soll + speech verb is hearsay, will + verb an intention)
    mods = [x for x in f if x.startswith("mod=")]
    for m in mods[:1]:
        f.append(m + "|" + ("rep" if "r_rep" in f else "cue" if "r_cue" in f or "r_ind" in f else "v"))
    return f


# clause openers that make a subordinate clause no content of the verb above it ("um … zu" a purpose,
# "wenn"/"weil"/… an adverbial clause)
NOT_CONTENT_MARKS = {"um", "ohne", "statt", "anstatt", "wenn", "weil", "da", "als", "nachdem", "obwohl", "bevor",
                     "während", "damit", "sodass", "falls", "seit", "seitdem", "bis", "sobald", "wie", "indem"}
# STTS tags of words opening a relative or adverbial clause
OPENERS = ("PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "KOUS")
PRON_ADVS = ("darauf", "dafür", "damit", "davon", "daran", "darüber", "dazu", "darum", "dagegen", "davor")


def complement(doc, toks: list[Tok], a: int, b: int):
    """The first clause of sentence toks[a:b] that may be the content of the word above it (quotes-de's Indirect
    quotes whose cue the taggers and rules do not know: "Die Wissenschaftler fanden heraus, dass …", "Volker Beck
    plädierte dafür, … zu erteilen", "Er hält es für möglich, dass …", "…, gab der Außenminister bekannt"), as
    (cue verb's Tok index, the word the clause hangs on, clause head, message start, end, kind), None without one.
    Kind: "dass" (dass/ob), "zu" (zu-infinitive), "konj" (a Konjunktiv clause), "plain" (another clause after a
    comma), "pre" (the clause opens the sentence, its verb follows after a comma)."""
    from .quotes_rules import PUNCT_STOP, _is_punct, _zu_infinitive

    if toks[a].i < 0 or toks[b - 1].i < 0:
        return None
    lo, hi = toks[a].i, toks[b - 1].i + 1
    by_i = {toks[k].i: k for k in range(a, b) if toks[k].i >= 0}
    subj = lexicon("de").subjunctive
    # the test on each token from the token table's columns (the same pos_ and head.i), a Token made only for the
    # verbs it lets through: the sentences without a quote are all asked, and a Token per word cost the most
    cols = _columns(doc, toks)
    heads, poss = cols[0], cols[5]
    for i in range(lo, hi):
        hd = heads[i]
        if poss[i] not in ("VERB", "AUX") or hd == i or not (lo <= hd < hi):
            continue
        h = doc[i]
        v = h.head
        if any(c.dep_ == "mark" and c.text.lower() in NOT_CONTENT_MARKS for c in h.children):
            continue
        sub = sorted(by_i[x.i] for x in h.subtree if x.i in by_i)
        if not sub or by_i.get(v.i) is None:
            continue
        kv = by_i[v.i]
        c0, c1 = sub[0], sub[-1] + 1
        if c0 <= kv < c1:
            continue
        while c0 < c1 and _is_punct(toks[c0].text) and toks[c0].text not in ("„", "»", '"'):
            c0 += 1
        while c1 > c0 and toks[c1 - 1].text in PUNCT_STOP:
            c1 -= 1
        if c1 - c0 < 3 or toks[c0].text.lower() in NOT_CONTENT_MARKS:
            continue
        if kv < c0:
            zu = _zu_infinitive(h)
            if toks[c0 - 1].text not in (",", ":") and zu:
                # the parser hangs the infinitive's objects on the verb: the clause starts after the last comma
                comma = [j for j in range(kv + 1, c0 + (c1 - c0)) if toks[j].text == "," and j < by_i.get(h.i, c1)]
                if not comma:
                    continue
                c0 = comma[-1] + 1
            if toks[c0 - 1].text not in (",", ":") or c1 - c0 < 3:
                continue
            first = toks[c0].text.lower()
            if first in ("dass", "ob"):
                kind = "dass"
            elif zu:
                kind = "zu"
            elif toks[c0].i < 0 or doc[toks[c0].i].tag_ in OPENERS:
                continue  # a relative or adverbial clause ("…, die … gesucht hätten")
            elif any(toks[j].mood_sub or toks[j].text.lower() in subj for j in range(c0, c1)):
                kind = "konj"
            else:
                kind = "plain"
        else:
            # "Ein weiteres Konsulat … soll folgen, gab der indonesische Außenminister … bekannt."
            if c0 != a and not all(_is_punct(toks[j].text) for j in range(a, c0)):
                continue
            if c1 >= b or toks[c1].text != "," or kv != c1 + 1 or toks[c0].i < 0 \
                    or doc[toks[c0].i].tag_ in OPENERS + ("KOUI",):
                continue  # "Um den Umfang … einschätzen zu können, …" is no content
            kind = "pre"
        m = v
        if m.pos_ not in ("VERB", "AUX") and m.head.pos_ in ("VERB", "AUX") and lo <= m.head.i < hi and m.head.i != h.i:
            m = m.head  # "zeigte sich optimistisch, dass", "legten Wert darauf, dass"
        km = by_i.get(m.i)
        if km is None:
            continue
        return km, v, h, c0, c1, kind
    return None


def lex_key(tok) -> str:
    """A word's key in the complement lexicon: a verb's lemma with its separated particle ("gab … bekannt" ->
    "bekanntgeben"), any other word's lemma (the key of de_cues card Round 26's frame census)."""
    from .quotes_rules import _verb_lemma as verb_lemma

    return verb_lemma(tok) if tok.pos_ in ("VERB", "AUX") else tok.lemma_.lower()


# the smoothed rate's buckets: one binary feature keeps the weights a plain feature -> weight table
LEX_BUCKETS = (0.02, 0.05, 0.1, 0.2, 0.35, 0.5)


def lex_feature(keys, lex: dict) -> str:
    """The complement feature of the cue-word lexicon (de_acts card, Round 26): of the candidate's words (the verb
    it hangs on and the word above the clause), the highest gold-cue rate per train occurrence, smoothed towards
    the lexicon's verb rate ``prior`` by ``m`` pseudo-occurrences so a word seen twice does not read as a sure
    cue; a word train never had is its own bucket. ``lex``: {"counts": {key: [cue hits, occurrences]}, "prior",
    "m"}."""
    counts, p0, m = lex["counts"], lex["prior"], lex["m"]
    seen = [counts[k] for k in keys if k in counts]
    if not seen:
        return "clex=unseen"
    r = max((h + m * p0) / (o + m) for h, o in seen)
    return "clex=" + next((f"<{b}" for b in LEX_BUCKETS if r < b), f"{LEX_BUCKETS[-1]}+")


def comp_model_of(model: dict | None) -> dict | None:
    """The complement model the extractor uses: "comp_lex" (the one with the lexicon feature) when claims.toml
    [model] comp_lexicon is on and the weights carry it, else "comp"."""
    if not model:
        return None
    if config().get("model", {}).get("comp_lexicon", False) and "comp_lex" in model:
        return model["comp_lex"]
    return model.get("comp")


def comp_features(doc, toks: list[Tok], comp, mode_of, n: int, clusters: bool = False, level: int = 1,
                  lex: dict | None = None) -> list[str]:
    """Features of a complement candidate (``complement``) in sentence ``n``; with ``lex`` also the lexicon rate
    of its words (``lex_feature``)."""
    from .quotes_rules import _stem_key
    from .quotes_rules import _verb_lemma as verb_lemma

    km, v, h, c0, c1, kind = comp
    m = doc[toks[km].i]
    rep_lem, ind_lem, rep_stems, cue_stems, ind_stems, nouns, hedges = _lists()
    de = config().get("de", {})
    zu_stems = tuple(de.get("indirect_zu_stems", []))
    att = frozenset(de.get("attitude_lemmas", []))
    lem = verb_lemma(m)
    key = _stem_key(m)
    low = m.text.lower()
    f = ["bias", "cv=" + lem, "ck=" + kind, "cdep=" + h.dep_, "cpos=" + v.pos_, "ctag=" + m.tag_]
    lists = []
    if lem in ind_lem or key.startswith(ind_stems) or low.startswith(ind_stems):
        lists.append("ind")
    if key.startswith(zu_stems):
        lists.append("zu")
    if low.startswith(cue_stems):
        lists.append("cue")
    if lem in rep_lem or low.startswith(rep_stems):
        lists.append("rep")
    if lem in att:
        lists.append("att")
    f += ["cl=" + x for x in lists] or ["cl=none"]
    f.append("ck|cl=" + kind + "|" + (lists[0] if lists else "none"))
    kids = list(m.children) + (list(v.children) if v.i != m.i else [])
    subj = [c for c in kids if c.dep_ in SUBJ]
    if subj:
        s = subj[0]
        f.append("csub=" + s.pos_)
        if s.text.lower() in ("es", "man"):
            f.append("csub_" + s.text.lower())
        if any(t.ent_type_ in ("PER", "ORG") for t in s.subtree):
            f.append("csub_name")
    else:
        f.append("csub=none")
    for c in kids:
        cl = c.text.lower()
        if c.dep_ in PASSIVE:
            f.append("c_pass")
        if cl == "sich":
            f.append("c_sich")
        if cl in PRON_ADVS:
            f.append("c_pronadv")
        if cl in ("nicht", "kein", "keine"):
            f.append("c_neg")
        if c.dep_ in OBJ and c.pos_ == "NOUN":
            f.append("cobj=" + c.lemma_.lower())
            if c.lemma_.lower() in nouns:
                f.append("cobj_speech")
        if c.pos_ == "ADJ" and c.i < h.i:
            f.append("c_adj")
    if v.i != m.i:
        f.append("cv_word=" + v.lemma_.lower())
    if level >= 2:
        # the cue words learnt from train (de_quotes cues.txt) and the word forms: garbled participle lemmas
        # ("hingewiesen", "zusicheren") split a verb's rows
        cw = lexicon("de").cue_words
        if low in cw or v.text.lower() in cw:
            f.append("c_learned")
        f.append("cw=" + key)
        for c in kids:
            if c.dep_ in ("aux", "aux:pass") and c.lemma_ in ("werden", "sein"):
                f.append("caux=" + c.lemma_)
    if clusters:
        # the verb's floret clusters (the NER CRF's, [model] clusters): a speech verb seen once or never
        # ("plädierte", "bezweifeln") shares them with frequent ones
        from .quotes_features import _word_clusters

        wc = _word_clusters(config().get("model", {}).get("clusters", ""))
        if wc is not None:
            vecs = doc.vocab.vectors if doc.vocab.vectors.size else None
            words = [m.text] + ([v.text] if v.i != m.i else [])
            for w, ids in zip(("m", "v"), wc.lookup(words, vecs)):
                for g, c in zip(wc.names, ids or ()):
                    f.append(f"cc{w}{g}={c}")
    ln = c1 - c0
    f.append("clen=" + ("<6" if ln < 6 else "<12" if ln < 12 else "<25" if ln < 25 else "25+"))
    if any(toks[j].mood_sub for j in range(c0, c1)):
        f.append("c_konj")
    if any(toks[j].text in ("„", "“", "»", '"') for j in range(c0, c1)):
        f.append("c_qmark")
    prev = mode_of[n - 1] if n > 0 else "start"
    f.append("prevq=" + (prev or "none"))
    if lex is not None:
        f.append(lex_feature((lex_key(m), lex_key(v)), lex))
    return f


@lru_cache(maxsize=2)
def load_acts(name: str):
    from ..config import models_dir

    path = models_dir() / name / "weights.json"
    if not path.exists():
        return None
    model = json.loads(path.read_text("utf-8"))
    lx = (model.get("comp_lex") or {}).get("lexicon")
    if isinstance(lx, str):
        # the lexicon's counts live in their own file beside the weights (built from train only)
        model["comp_lex"]["lexicon"] = json.loads((path.parent / lx).read_text("utf-8"))
    set_level(model.get("info", {}).get("features", 1), model.get("info", {}).get("merge", False))
    return model


def set_level(features: int, merge: bool) -> None:
    global FEATS, MERGE
    FEATS, MERGE = features, merge


def probs(model: dict, feats: list[str]) -> dict[str, float]:
    classes = model["classes"]
    w = model["weights"]
    z = [0.0] * len(classes)
    for x in feats:
        row = w.get(x)
        if row:
            for c in range(len(classes)):
                z[c] += row[c]
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return {c: e[i] / s for i, c in enumerate(classes)}


# feature level of the weights (train_info.json "features"); set by load_acts
FEATS = 1
MERGE = False
# hooks the training script sets to collect rows (document, sentence range, features; quote, features)
ROW_HOOK = None
DROP_HOOK = None
COMP_HOOK = None
# cluster features of the complement's verb (weights.json "comp" "clusters"); feature level ("comp" "feats")
COMP_CLUSTERS = False
COMP_FEATS = 1
JUDGED = ("Reported", "FreeIndirect", "IndirectFreeIndirect")


def judge_quotes(doc, toks: list[Tok], quotes, model: dict | None) -> list:
    """The quotes minus the cue-less Reported / free ones (not nested) whose sentence the drop model
    calls spurious (``model["drop"]``: a logistic regression on the sentence's features, the quote's
    mode and extent; P(keep) under its threshold drops it)."""
    from .quotes_rules import covered_tokens

    if not doc.has_annotation("DEP"):
        return quotes
    drop = (model or {}).get("drop")
    if drop is None and DROP_HOOK is None:
        return quotes
    spans, mode_of = free_sentences(toks, quotes)
    sent_index = {toks[a].sent: n for n, (a, _) in enumerate(spans)}
    text = doc_text(doc)
    out = []
    for q in quotes:
        if q.nested or q.mode not in JUDGED or (q.cue and q.mode != "Reported"):
            out.append(q)
            continue
        ks = sorted(covered_tokens(toks, q.message))
        if not ks:
            out.append(q)
            continue
        n = sent_index[toks[ks[0]].sent]
        f = features(doc, toks, spans, mode_of, n, text)
        if f is None:
            out.append(q)
            continue
        a, b = spans[n]
        words = sum(1 for k in range(a, b) if toks[k].text not in ".,;:!?-–()")
        inside = sum(1 for k in ks if toks[k].sent == toks[a].sent and toks[k].text not in ".,;:!?-–()")
        f = f + ["have=" + q.mode, "whole" if inside >= 0.8 * words else "part",
                 "multi" if toks[ks[-1]].sent != toks[ks[0]].sent else "one", "spk" if q.speaker else "nospk"]
        f.append("have=" + q.mode + "|" + next((x for x in f if x.startswith("mod=")), "nomod"))
        if DROP_HOOK is not None:
            DROP_HOOK(q, f)
        if drop is not None:
            z = sum(drop["weights"].get(x, 0.0) for x in f)
            if 1.0 / (1.0 + math.exp(-z)) < drop["threshold"]:
                continue
        out.append(q)
    return out


def add_acts(doc, toks: list[Tok], quotes, model: dict | None) -> list:
    """New quotes for the sentences the classifier calls Reported or free (mode FreeIndirect)."""
    from .quotes import RawQuote
    from .quotes_rules import _span, _strip, fallback_speaker, parse_subject

    if not doc.has_annotation("DEP"):
        return []
    spans, mode_of = free_sentences(toks, quotes)
    text = doc_text(doc)
    out = []
    last = -2
    for n, (a, b) in enumerate(spans):
        if mode_of[n]:
            continue
        f = features(doc, toks, spans, mode_of, n, text)
        if f is None:
            continue
        comp_model = comp_model_of(model)
        if comp_model is not None or COMP_HOOK is not None:
            # a clause that is the content of the verb above it: an Indirect quote ([model] act_classifier, "comp")
            comp = complement(doc, toks, a, b)
            if comp is not None:
                cf = comp_features(doc, toks, comp, mode_of, n,
                                   bool(comp_model.get("clusters")) if comp_model is not None else COMP_CLUSTERS,
                                   int(comp_model.get("feats", 1)) if comp_model is not None else COMP_FEATS,
                                   comp_model.get("lexicon") if comp_model is not None else None)
                if COMP_HOOK is not None:
                    COMP_HOOK(toks, comp, cf)
                if comp_model is not None:
                    z = sum(comp_model["weights"].get(x, 0.0) for x in cf)
                    if 1.0 / (1.0 + math.exp(-z)) >= comp_model["threshold"]:
                        out.append(comp_quote(doc, toks, comp))
                        last = -2
                        continue
        if ROW_HOOK is not None:
            ROW_HOOK(toks, a, b, f)
        if model is None:
            continue
        p = probs(model, f)
        best = max((c for c in p if c != "none"), key=lambda c: p[c])
        if p[best] < model["thresholds"].get(best, 2.0):
            continue
        s0, s1 = _strip(toks, a, b)
        q = RawQuote(message=[_span(toks, s0, s1)], mode="Reported" if best == "Reported" else "FreeIndirect",
                     sent=toks[a].sent)
        if q.mode == "Reported":
            root = next((k for k in range(a, b) if toks[k].i >= 0 and doc[toks[k].i].dep_ == "ROOT"), None)
            sp = parse_subject(doc, toks, root, set()) if root is not None else None
            sp = sp or (fallback_speaker(toks, root, set()) if root is not None else None)
            if sp:
                q.speaker = [_span(toks, *sp)]
        if MERGE and q.mode == "FreeIndirect" and out and out[-1].mode == "FreeIndirect" \
                and last == n - 1:
            # consecutive hearsay sentences are one quote in quotes-de ("Grönland soll … . Der Rest soll …")
            out[-1].message = [(out[-1].message[0][0], q.message[-1][1])]
            last = n
            continue
        out.append(q)
        last = n
    return out


def comp_quote(doc, toks: list[Tok], comp):
    """The Indirect quote of a complement candidate: message = the clause, cue = the verb with its auxiliaries,
    particle, reflexive and pronominal adverb (quotes-de: "legten Wert darauf", "zeigte sich optimistisch"),
    speaker = the verb's parse subject."""
    from .quotes import CUE_AUX_DEPS, RawQuote
    from .quotes_rules import _span, parse_subject

    km, v, h, c0, c1, kind = comp
    m = doc[toks[km].i]
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    cue = {km}
    for c in list(m.children) + (list(v.children) + [v] if v.i != m.i else []):
        k = by_i.get(c.i)
        if k is None or c0 <= k < c1:
            continue
        if c.i == v.i or c.dep_ in CUE_AUX_DEPS or c.text.lower() in PRON_ADVS + ("sich",):
            cue.add(k)
    sp = parse_subject(doc, toks, km, set(range(c0, c1)))
    q = RawQuote(message=[_span(toks, c0, c1)], mode="Indirect", cue=[_span(toks, j, j + 1) for j in sorted(cue)],
                 sent=toks[c0].sent)
    if sp:
        q.speaker = [_span(toks, *sp)]
    return q

