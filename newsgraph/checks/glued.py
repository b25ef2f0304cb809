"""Glued sentences: two sentences run together because the period between them was lost
("… berücksichtigen müsse Wichtige Sicherheitsbedenken …").

Two sources: the segmenter's marker (``Sentence.glued``), and three clues read from tags:
- a verb-final clause (subordinate clause or zu-infinitive) is closed by its verb, yet
  goes on with a capitalised word or a preposition instead of punctuation or a conjunction;
- a capitalised function word ("Die", "Er", "Im") in the middle of a sentence;
- a main clause closed by its participle, infinitive or verb particle, directly followed by
  a short noun phrase and a finite verb (a new main clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tagging import Tok

_SUB_OPENERS = {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT", "KOUI"}
_FINITE = {"VVFIN", "VAFIN", "VMFIN"}
_NONFINITE = {"VVINF", "VAINF", "VMINF", "VVIZU", "VVPP", "VAPP", "VMPP"}
_BOUNDARY = {"$,", "$(", "$."}
_NOT_INF = ("enden", "ischen", "lichen", "igen", "eren", "ellen", "alen", "iven")
_PARTICLES = {"ein", "aus", "an", "ab", "auf", "vor", "zurück", "fest", "her", "hin", "weg", "los", "fort", "bei",
              # round 10: "teilte die Universität Jena mit Der Riesenplanet …", "kamen … neue Fälle hinzu Mindestens …"
              "mit", "hinzu", "dar", "teil", "vorbei", "zusammen", "weiter", "heraus", "hinaus"}
_ADJ_ENDINGS = ("te", "ten", "tes", "ter", "nde", "nden", "ndes", "nder", "ene", "enen", "enes", "ener", "es")
_OPEN_QUOTES = {"„", "\"", "«", "»", "‚", "'", "(", "[", ":", "“", "-", "–"}


@dataclass
class Glue:
    left: Tok
    right: Tok
    score: float
    reason: str


# closed-class words the tagger sometimes calls verbs or adjectives ("oder jenen/VMFIN Druckgrafiken",
# "kaum mehr jemand/ADJA Facebooks Entscheidung"): they never close a clause
_NOT_VERB = {"jenen", "jene", "jener", "jenes", "diesen", "solchen", "manchen", "denen", "deren", "dessen", "jemand",
             "niemand", "jemanden", "niemanden", "etwas", "nichts", "allen", "beiden", "einigen", "vielen", "wenigen",
             # round 12, untouched train-side 10kGNAD rows: "mittels/VVFIN Mikrowellenstrahlung", "durchs Jahr", "in ganz
             # Frankreich"
             "mittels", "durchs", "fürs", "übers", "ums", "ganz", "genug"}
# a verb-final clause after a comma opened by one of these is a relative or subordinate clause, not a new sentence
_SUB_LEADS = _SUB_OPENERS | {"ART", "PDAT", "PDS", "APPR", "APPRART"}


# tags of words that cannot be a garbled verb: a verb particle stands in for its clause's verb only next to another word
_NO_VERB_TAGS = {"ART", "APPR", "APPRART", "PPOSAT", "PDAT", "PIAT", "KON", "PTKVZ", "CARD", "PPER", "PRF", "ADV", "PTKNEG"}


def _garbled_verb(seg: list[Tok]) -> bool:
    """Whether a segment holds a lower-case word that may be its verb mis-tagged ("Das teilte/ADJA … mit")."""
    return any(x.text.islower() and x.tag not in _NO_VERB_TAGS and not x.is_punct for x in seg)


def _sentence_follows(toks: list[Tok], j: int, particle_needs_word: bool = False, months: set[str] | None = None) -> bool:
    """Whether toks[j:] up to the sentence's end holds a main clause: a finite verb that is not the
    closing verb of a relative or subordinate clause. Two sentences run together each have their own
    verb; a title or name whose quotes were lost ("die Kurzgeschichte Die gelbe Tapete bis zu …",
    "Liste Die Unabhängigen, die … anführt") has none."""
    seg: list[Tok] = []
    first = True
    rest = toks[j:]
    for k, t in enumerate(rest + [None]):
        # with ``months`` (round 14), a number that carries its own period ends the sentence when a capitalised word other
        # than a month follows: "… am Sonntag um 20 Uhr 15. Ein Umweltaktivist …" ends at "15.", so the next sentence's
        # verb does not make a title ("Tatort Wer Wind erntet, sät/ART Sturm") a sentence of its own (abbreviations
        # before names, "Dr. Othman", do not end one)
        if months is not None and t is not None and t.text.endswith(".") and len(t.text) > 1 and t.tag != "$.":
            nxt = rest[k + 1] if k + 1 < len(rest) else None
            if t.text[:-1].isdigit() and nxt is not None and nxt.text[:1].isupper() and nxt.text.lower() not in months:
                seg.append(t)
                t = Tok(".", t.end, t.end, ".", "$.")
        if t is None or t.tag in ("$.", "$,") or t.text in ("–", "—", ";"):
            # the tagger garbles a glued-on sentence's verb ("Das teilte/ADJA … mit/PTKVZ"): a verb particle counts too
            # (or an "-en" verb form with more after it: "Für Doskozil ergeben/VVINF sich …"); with
            # ``particle_needs_word`` only when the segment has a lower-case word that may be that verb: in "kündigte Frey
            # Die Verwandlung an" the particle closes the clause before the title, whose words are all capitalised
            fin = [q for q, x in enumerate(seg) if x.tag in _FINITE
                   or x.tag == "PTKVZ" and (not particle_needs_word or _garbled_verb(seg))
                   or x.tag in ("VVINF", "VAINF", "VMINF") and q < len(seg) - 1]
            if fin and seg:
                lead = seg[0]
                # capitalised, a relative pronoun is a demonstrative opening a sentence ("Das teilte … mit")
                if first and lead.tag not in _SUB_OPENERS - {"PRELS", "PRELAT"}:
                    return True
                # "Wie erwartet ließ Trainer …": a verb before the segment's end is a main clause's
                if first and fin[0] < len(seg) - 1:
                    return True
                if not first and not (fin[-1] == len(seg) - 1 and lead.tag in _SUB_LEADS):
                    return True
            if t is None or t.tag == "$." or t.text == ";":
                return False
            seg, first = [], False
            continue
        seg.append(t)
    return False


# function words that open a noun or prepositional phrase: a stretch they open is a sentence only with a verb
_PHRASE_OPENERS = {"ART", "APPR", "APPRART"}


def _verbless_phrase_before(toks: list[Tok], i: int) -> bool:
    """Whether the words since the last sentence end (or the text's start) up to toks[i] hold no verb, no comma or
    bracket, at most two nouns, and open with an article or preposition: "Unter dem Titel Der Hexer … führt
    Sapkowski …", "In dem am Sonntag ausgestrahlten ARD-Krimi Auf einen Schlag, …". Such a stretch is no sentence
    of its own, so the capitalised word after it goes on with it: a title or name whose quotes were lost. A
    headline run into the body opens with a content word ("Großfahndung Unterdessen ging …") and stays a join."""
    j, nouns = i - 1, 0
    while j >= 0 and toks[j].tag != "$." and not (toks[j].text.endswith(".") and len(toks[j].text) > 1):
        if toks[j].is_verb or toks[j].tag in ("$,", "$(") or toks[j].text in ("–", "—", ";", ":"):
            return False
        nouns += toks[j].is_noun
        j -= 1
    # with more nouns the stretch may be a clause whose verb the tagger missed (quotes-de train: "Im Abstiegskampf
    # verlor/ADJA Bochum 2:6 gegen Mainz Außerdem trennten sich …" is a lost period)
    return j + 1 < i and toks[j + 1].tag in _PHRASE_OPENERS and nouns <= 2


def _words_follow(toks: list[Tok], j: int, n: int = 3) -> bool:
    """At least n words before the sentence's end: a sentence glued on ("… müsse Gewährleistung der
    gegenseitigen Sicherheit.") may lack a verb, but not be one word ("… zu serienreifen Autopilot-Lkw.")."""
    k = 0
    for t in toks[j:]:
        if t.tag == "$.":
            break
        k += not t.is_punct
        if k >= n:
            return True
    return False


def _in_koui_clause(toks: list[Tok], i: int) -> bool:
    """Whether toks[i] stands in a clause opened by "um/ohne/statt" (KOUI), whose "zu" + "-en" word is its
    infinitive ("…, um die Stadt zu erreichen Touristen sollen …"), not a preposition before an adjective."""
    for t in reversed(toks[:i]):
        if t.tag in _BOUNDARY or t.text in ("–", "—", ";"):
            return False
        if t.tag == "KOUI":
            return True
    return False


# the antecedents a relative "der/die/das/dem/den" can take up: (gender, number); "" = any gender
_REL_AGREE = {"das": {("Neut", "Sing")}, "die": {("Fem", "Sing"), ("", "Plur")}, "der": {("Masc", "Sing"), ("Fem", "Sing")},
              "dem": {("Masc", "Sing"), ("Neut", "Sing")}, "den": {("Masc", "Sing")}}


def _antecedent_fits(toks: list[Tok], i: int) -> bool:
    """Whether the clause before the comma at toks[i - 1] holds a noun that the relative pronoun toks[i] agrees
    with, or one of unknown gender, or no common noun at all. A "relative pronoun" after common nouns none of
    which it agrees with is an article or demonstrative opening a main clause ("…, sagt Pressesprecherin Barbara
    Riedl, das zu klären sei Sache der Gemeinde")."""
    allowed = _REL_AGREE.get(toks[i].text.lower())
    if allowed is None:
        return True
    nouns = 0
    for t in reversed(toks[: i - 1]):
        if t.tag in ("$,", "$.") or t.text == ";":
            break
        # names are left out: the morphologizer's gender of a name is noise ("Pressesprecherin Barbara Riedl/Neut")
        if t.tag != "NN":
            continue
        if not t.gender and t.number != "Plur":
            return True  # a noun the morphologizer left without gender could be the antecedent
        nouns += 1
        if any((g == "" or g == t.gender) and n == t.number for g, n in allowed):
            return True
    return nouns == 0  # only names (or nothing) before it: no evidence either way


def _verb_final_ahead(toks: list[Tok], j: int) -> bool:
    """Whether the words from toks[j] up to the next comma or sentence end close with a finite verb (a verb-final
    clause still open), with no finite verb before it."""
    seg: list[Tok] = []
    for t in toks[j:]:
        if t.tag in _BOUNDARY or t.text in ("–", "—", ";"):
            break
        seg.append(t)
    if len(seg) < 2 or not (seg[-1].tag in _FINITE and seg[-1].text.islower()):
        return False
    return not any(t.tag in _FINITE for t in seg[:-1])


def _lexicon_tag(low: str) -> str:
    """HanTa's reading of a word form out of context ("ADJ(A)", "VV(FIN)", …; "" without HanTa): the nlp stage's
    cached lexicon, which knows a declined participle ("hergestellte") from a finite verb ("könne")."""
    from ..nlp.segment import hanta_analysis

    analysis = hanta_analysis(low)
    return analysis[-1] if analysis is not None else ""


def _lexicon_finite_before(toks: list[Tok], i: int) -> bool:
    """Whether the clause before toks[i] holds a finite-tagged verb whose lemma the lemmatiser left as the form
    ("brach", "hielt") and that HanTa's lexicon reads as finite."""
    for t in reversed(toks[:i]):
        if t.tag in _BOUNDARY or t.text in ("–", "—", ";"):
            return False
        if t.tag in _FINITE and not t.lemma.endswith("n") and t.text.isalpha() and t.text.islower() \
                and _lexicon_tag(t.text).endswith("(FIN)"):
            return True
    return False


def _cap(t: Tok) -> bool:
    return t.text[:1].isupper()


def _next_finite(toks: list[Tok], j: int, limit: int = 4) -> bool:
    for t in toks[j : j + limit]:
        if t.tag in _FINITE:
            return True
        if t.tag in _BOUNDARY or t.tag == "KON" or t.text in ("–", "—"):
            return False
    return False


_CAMEL = re.compile(r"[a-zäöüß]{3,}((?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Im|Am|In|Auf|Nach|Bei|Mit|Für|Von|"
                    r"Auch|Doch|Aber|Diese|Dieser|Dieses|Damit|Dabei|Dort|Zudem|Laut|Wie|Nun|So|Seit|Zum|Zur|"
                    r"Unterdessen|Inzwischen|Damals|Jetzt|Zunächst|Außerdem|Allerdings|Trotzdem|Deshalb)$)")
# a capitalised word that ends in one of these ("MombasaDen", "WahlUnterdessen") lost its period and space too;
# the short openers ("In", "Es", "So") end names ("LinkedIn"), so only these count after a capital
_CAMEL_CAP = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{3,}((?:Der|Die|Das|Den|Dem|Des|Eine|Diese|Dieser|Dieses|Damit|Dabei|Zudem|"
                        r"Unterdessen|Inzwischen|Damals|Zunächst|Außerdem|Allerdings|Trotzdem|Deshalb)$)")


def merge_unpunctuated(sents: list[list[Tok]], text: str) -> list[list[Tok]]:
    """Join sentences whose boundary has neither terminal punctuation nor a line break, so a
    boundary the segmenter guessed is judged by the same clues as one inside a sentence."""
    out: list[list[Tok]] = []
    for toks in sents:
        if out and out[-1] and toks:
            last = out[-1][-1]
            if not last.is_punct and "\n" not in text[last.end:toks[0].start] and last.text[-1:] not in "“”\"»«":
                out[-1] = out[-1] + toks
                continue
        out.append(list(toks))
    return out


def find_camel(sents: list[list[Tok]]) -> list[Glue]:
    """"verschwundenDer": the period and the space were both lost."""
    out = []
    for toks in sents:
        for t in toks:
            w = t.text
            # only "verschwundenDer"-like words can match: five letters or more with a capital after the first
            # (a capitalised noun, ~1 word in 3, is ruled out here and not by a regex search: round 28)
            if len(w) < 5 or w[1:].islower() or w.isupper():
                continue
            m = _CAMEL.search(w) if w[:1].islower() else _CAMEL_CAP.search(w)
            if m:
                cut = t.start + m.start(1)
                left = Tok(t.text[: m.start(1)], t.start, cut, t.lemma, t.tag)
                right = Tok(m.group(1), cut, t.end, m.group(1).lower(), "ART")
                out.append(Glue(left, right, 0.85, f"'{t.text}' joins two sentences without period and space"))
    return out


def find_glued(sents: list[list[Tok]], cfg: dict, text: str | None = None) -> list[Glue]:
    nachfeld_ok = {w.lower() for w in cfg.get("nachfeld_ok", [])}
    opener_adverbs = set(cfg.get("opener_adverbs", []))
    opener_words = set(cfg.get("opener_words", []))
    adverb_nouns = set(cfg.get("adverb_nouns", []))
    noun_days = set(cfg.get("adverb_noun_days", []))
    polite = set(cfg.get("polite_forms", []))
    names = {tuple(n.split()) for n in cfg.get("article_names", [])}
    months = {w.lower() for w in cfg.get("months", [])}
    lexicon_verbs = cfg.get("lexicon_verbs", False)
    inner_abbrevs = {w.lower() for w in cfg.get("inner_abbreviations", [])}
    brackets_inside = cfg.get("brackets_inside", False)
    lexicon_finite = cfg.get("lexicon_finite", False)
    coordinators = {w.lower() for w in cfg.get("coordinator_openers", [])}
    out: list[Glue] = []
    for toks in sents:
        clause_sub = False
        clause_front = False  # the subordinate clause was opened by the sentence's first word
        clause_has_finite = False
        fin_at: list[bool] = []  # whether the clause had its finite verb before each token
        for i, t in enumerate(toks):
            fin_at.append(clause_has_finite)
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            # round 18 (``brackets_inside``): a bracket inside a clause leaves it open ("… das teilte das Institut (STSI)
            # mit Dabei handelt es sich …": the clause keeps its finite verb across "(STSI)"); not a bracket inside a word
            # ("das übrige (Fahr-)Personal Die ausgehandelten …" is a lost period on train that the reset finds): only a
            # "(" closed by a ")" token of its own, and a ")" with a space after it
            if brackets_inside and (t.text == "(" and any(x.text == ")" for x in toks[i + 1 : i + 12])
                                    or t.text == ")" and not (nxt is not None and nxt.start == t.end)):
                continue
            if t.tag in _BOUNDARY or t.text in ("–", "—", ";"):
                clause_sub, clause_has_finite = False, False
                continue
            if t.text.endswith(".") and len(t.text) > 1:
                # an ordinal before a month, a number or a lower-case word ("am 12. Dezember", "der 3. größte")
                # ends nothing: the clause goes on ("…, der am 12. Dezember 2005 entlassen wurde Mirko Slomka wird …");
                # nor does an abbreviation that never ends a sentence (round 18, ``inner_abbreviations``: "… mit Hilfe
                # der Schulsprecher bzw. der Schüler gelingen Praktischerweise ist …" keeps its clause's finite verb)
                if t.text.lower() in inner_abbrevs:
                    continue
                if not (t.text[:-1].isdigit() and nxt is not None
                        and (nxt.text.lower() in months or nxt.text[:1].isdigit() or nxt.text[:1].islower())):
                    clause_sub, clause_has_finite = False, False  # "2000." carries its own period
                continue
            # "Was meinen Sie", "als wäre er": a wh-word or "als" right before the finite verb opens a
            # question or a verb-first clause, not a verb-final one
            v_early = nxt is not None and nxt.tag in _FINITE
            # "Während des Wahlkampfes": the preposition, whatever the tagger says
            low = t.text.lower()
            genitive_pp = low in ("während", "seit") and nxt is not None and nxt.text.lower() in ("des", "eines", "dieses", "seines", "ihres", "jenes")
            # after a comma, "der/die/das" relate to a noun before it only when one agrees with them
            no_antecedent = t.tag == "PRELS" and prev is not None and prev.tag == "$," and not _antecedent_fits(toks, i)
            if t.tag in _SUB_OPENERS and not v_early and not genitive_pp and not no_antecedent and (prev is None or prev.tag in _BOUNDARY or prev.tag in ("APPR", "APPRART", "KON")
                                          or prev.text in ("–", "—") or prev.text.lower() in ("so", "ohne", "statt", "anstatt")):
                clause_sub, clause_has_finite = True, False
                clause_front = prev is None
            # capitalised opener in mid-sentence
            # closed-class words are short plain words; anything else is a mis-tagged content word
            # both lists are closed classes: the word itself decides, the tagger often calls them NN
            opener = low in opener_words or low in opener_adverbs
            # the clues below ask only of a capitalised opener word after the sentence's first token (~1 token in 40):
            # computed for it alone, the same answers at a fraction of the per-token cost (bench/README.md, round 28)
            if prev is not None and opener and _cap(t) and low != t.text:
                # polite "Sie" after a verb asks ("Wollen Sie …"); before one, after a clause's end, it opens a sentence
                polite_opener = (t.text in polite and prev is not None and nxt is not None and nxt.tag in _FINITE
                                 and (prev.tag not in _FINITE
                                      # "hat das Urteil … bestätigt Sie bleibt …": a clause-closing verb (its clause had
                                      # its finite verb before) ends the clause, so "Sie" opens the next one
                                      or (fin_at[i - 1] and prev.is_verb and prev.text.islower())))
                # no sentence ends with a function word ("in Die Zeit", "wie Die Kräfte"), except a verb
                # particle closing its clause ("nimmt ... ein Der Transport")
                # round 18 (``lexicon_finite``): a strong past form the lemmatiser left as it is ("brach/VVFIN/brach",
                # "hielt/VVFIN/hielt") is the clause's finite verb here too, when HanTa's lexicon reads it as finite; only for
                # this particle test (as the verb of every clue it also made adverbs tagged ADJA close clauses: "gäbe es in
                # jedenfalls/ADJA Wien genug", three false flags on train-side 10kGNAD rows)
                prev_ends = prev is not None and "/" not in prev.text and (prev.text.lower() not in opener_words or prev.tag == "PTKVZ"
                                                  or ((clause_has_finite or (lexicon_finite and _lexicon_finite_before(toks, i)))
                                                      and prev.text.lower() in _PARTICLES)
                                                  # "sein" after a participle or "zu" is an infinitive ("… gewesen sein Somit …")
                                                  or (prev.text.lower() == "sein" and i >= 2
                                                      and toks[i - 2].tag in ("VVPP", "VAPP", "VMPP", "PTKZU")))
                # "am frühen Morgen", "den ganzen Tag Später": after an article or adjective an opener adverb is a noun
                noun_reading = (low in adverb_nouns and prev is not None
                                and (prev.tag in ("ADJA", "ART", "APPRART", "PPOSAT", "PIAT")
                                     or prev.text.lower() in noun_days))  # "heute Morgen", "Sonntag Morgen"
                # inside a subordinate clause whose verb is still to come ("…, dass … Objekte mit der Herkunftsangabe
                # Aus alten Sammlungen auftauchen"); right after a verb the clause may have ended unnoticed
                open_sub = clause_sub and prev is not None and not prev.is_verb
                # round 18 (``coordinator_openers``): a capitalised coordinator right after a lower-case verb that closes a
                # clause which had its finite verb ("niemand will sterben Und jetzt: …", "Sie wollten uns nicht wiederhaben
                # Aber nicht mit uns.") opens a sentence even without a verb of its own: mid-sentence "und"/"aber" are
                # lower-case, and a title that starts with one ("Krieg Und Frieden") does not follow a verb
                # (a verb's "sein" too, which ``prev_ends`` takes for the possessive: "… könnte EL61 ein Komet sein Und wenn …")
                coord_after_verb = (low in coordinators and prev is not None and fin_at[i] and prev.is_verb
                                    and prev.text.islower() and prev.tag not in _FINITE and _words_follow(toks, i + 1, 2))
                if ((t.text not in polite or polite_opener)
                        and (prev_ends or coord_after_verb) and not noun_reading and not open_sub and prev.text.lower() != "namens"
                        and not (cfg.get("verbless_titles", False) and _verbless_phrase_before(toks, i))
                        and (coord_after_verb or _sentence_follows(toks, i, cfg.get("particle_needs_word", False),
                                                                   months if cfg.get("period_words_end", False) else None))
                        and prev.text[-1:].isalnum() and prev.text not in _OPEN_QUOTES and t.text.upper() != t.text
                        and (t.text, nxt.text if nxt else "") not in names):
                    out.append(Glue(prev, t, 0.9, f"capitalised '{t.text}' in mid-sentence: a sentence boundary without a period"))
                    clause_sub, clause_has_finite = False, False
                    continue
            if nxt is None:
                continue
            if text is not None and "\n" in text[t.end:nxt.start]:
                clause_sub, clause_has_finite = False, False
                continue  # a line break is a boundary (headline, paragraph)
            if nxt.is_verb or nxt.is_punct or nxt.lemma in nachfeld_ok or nxt.text.lower() in nachfeld_ok or nxt.tag in ("KON", "PTKZU"):
                if t.tag in _FINITE:
                    clause_has_finite = True
                continue
            # verb-final clause closed by its verb
            # "zu" + "-en" word is an infinitive whatever the tagger says
            # ("zu den", "zu erwartenden", "zu mehreren": the preposition, with an article or adjective)
            zu_inf = t.tag == "VVIZU" or (prev is not None and prev.text == "zu" and t.text.isalpha() and t.text.islower()
                                          and t.text.endswith(("en", "ern", "eln")) and not t.text.endswith(_NOT_INF)
                                          and t.tag not in ("ART", "PIAT", "PPOSAT", "PDAT", "PIS", "PRELS")
                                          # "Die Liebe zu großen Datenmengen ist": an adjective before a plural noun
                                          # (bare "zu" + "-en" adjective agrees only with a plural) in a clause whose
                                          # verb is still to come; "…, war er … zu sehen Davis starb" has its verb
                                          and not (t.tag == "ADJA" and nxt is not None and nxt.tag == "NN"
                                                   and nxt.number == "Plur" and not clause_has_finite
                                                   and not _in_koui_clause(toks, i)))
            if low in _NOT_VERB or low.endswith(("hundert", "tausend")):
                continue  # closes nothing ("mehrere hunderttausend/ADJA Argentinier")
            # "die dort lebenden Einwohner": a declined participle the tagger took for the clause's verb
            # (a verb's lemma is an infinitive in -n: "müssen", "sein", "ändern"; "kurze" -> "kurz" is none)
            adjectival = (t.tag == "VVFIN" and t.text.endswith(_ADJ_ENDINGS) and nxt.tag in ("NN", "NE")
                          or not t.lemma.endswith("n"))
            # round 17: a verb form the tagger called an adjective ("… in den Reaktoren befinden/ADJA Regierungssprecher
            # Yukio Edano sagte", "70 Milliarden Dollar vorgesehen/ADJA Bezahlt wird …"): HanTa's lexicon reads it as a
            # verb out of context, so it closes its clause as a verb would (``[glued] lexicon_verbs``)
            lex = (_lexicon_tag(t.text) if lexicon_verbs and t.tag == "ADJA" and t.text.isalpha() and t.text.islower()
                   and t.text.endswith("en") else "")
            # a past plural in -ten is also a declined participle ("die … nach Jamaika entsandten/ADJA Emissäre"): no verb
            if lex.endswith("(FIN)") and t.text.endswith("ten"):
                lex = ""
            lex_verb = lex.startswith(("VV(", "VA(", "VM("))
            sub_end = (clause_sub and (t.tag in _FINITE or lex.endswith("(FIN)")) and not adjectival and nxt.text not in polite
                       # a clause opened by the sentence's first word that runs on from its verb into a capitalised
                       # word without a comma was no subordinate clause: a fronted one must be closed by a comma
                       # before the main clause's verb, so this verb is the main clause's second-place verb
                       # ("Wie auf Tinder sollten Nutzer …", "Während der Ausschreitungen hätten Frauen Schutz …")
                       and not (clause_front and _cap(nxt))
                       # a lexical "verb" before a common noun whose clause still closes with its own finite verb
                       # before the next comma was an adjective or participle ("…, wo Rathaus und Außenstelle vereint
                       # Platz fänden,", "…, als sie über einen 35 Grad steilen Hang aufstiegen,"); before a name it
                       # may be a real end ("…, wie es die Prophezeiung sagt Jesus wollte, dass …")
                       and not (t.tag == "VVFIN" and nxt.tag == "NN" and _verb_final_ahead(toks, i + 1)))
            if zu_inf and t.tag[:2] not in ("VV", "VA", "VM") and not (_cap(nxt) and _next_finite(toks, i + 2, 2)):
                zu_inf = False  # a mis-tagged infinitive counts only when a new clause visibly starts
            if (zu_inf or sub_end) and _words_follow(toks, i + 1):
                kind = "infinitive clause" if zu_inf else "subordinate clause"
                if _cap(nxt) and nxt.tag != "NE" or (_cap(nxt) and _next_finite(toks, i + 2)):
                    out.append(Glue(t, nxt, 0.9, f"{kind} ends with '{t.text}' but runs on into '{nxt.text}' without punctuation"))
                    clause_sub, clause_has_finite = False, False
                    continue
                if nxt.tag in ("APPR", "APPRART") and zu_inf:
                    out.append(Glue(t, nxt, 0.7, f"{kind} ends with '{t.text}' but runs on into '{nxt.text} …' without punctuation"))
                    continue
            # main clause closed by its right bracket, then a new main clause
            # "-en" forms are finite or infinitive; after the clause's finite verb it is the infinitive
            # an "ADJA" without a declension ending ("Feuer gelegt Glücklicherweise …") is a participle
            undeclined = t.tag == "ADJA" and t.text.islower() and not t.text.endswith(("e", "en", "er", "es", "em"))
            # a second "finite" verb in a clause that has one is its participle ("hatte … erreicht")
            right_bracket = undeclined or (t.tag in _FINITE and clause_has_finite) or t.tag in _NONFINITE or t.tag == "PTKVZ" or (t.tag in _FINITE and t.text.endswith(("en", "ern", "eln"))) or lex_verb
            # a declined word between a preposition and a common noun is an attribute inside the preposition's phrase,
            # never the verb closing a clause ("für digitalen/VVINF Kopierschutz"); an undeclined one may be a
            # predicate's ("befanden ihn für schuldig Mair plädierte …", a lost period on quotes-de train)
            if right_bracket and cfg.get("no_bracket_after_preposition", False) and prev is not None \
                    and prev.tag in ("APPR", "APPRART") and t.tag != "PTKVZ" and t.text.islower() \
                    and t.text.endswith(("e", "en", "er", "es", "em")) and nxt.tag == "NN":
                right_bracket = False
            # round 16: a word the lexicon reads as a declined adjective right before a common noun is that noun's
            # attribute whatever its tag ("mache aber auch bestehende/VVFIN Verträge transparenter", "eine von Russland
            # hergestellte/VVFIN Oberstufe"): a clause's right bracket is a participle, an infinitive or a particle.
            # Once the mood rules make "mache" the clause's finite verb, the mis-tagged participle would close it.
            if right_bracket and cfg.get("declined_no_bracket", False) and t.tag != "PTKVZ" and t.text.islower() \
                    and nxt.tag == "NN" and _lexicon_tag(t.text) == "ADJ(A)":
                right_bracket = False
            if (not clause_sub and clause_has_finite and right_bracket
                    and _cap(nxt) and nxt.tag in ("NN", "NE", "ADJA", "ADV", "ADJD") and _next_finite(toks, i + 2, 3)):
                out.append(Glue(t, nxt, 0.75, f"clause closes with '{t.text}', a new clause starts at '{nxt.text}' without punctuation"))
                clause_sub, clause_has_finite = False, False
                continue
            if t.tag in _FINITE and t.lemma.endswith("n"):  # a mis-tagged adjective closes nothing
                if clause_sub:
                    clause_sub = False  # the verb closed the subordinate clause
                clause_has_finite = True
    return out
