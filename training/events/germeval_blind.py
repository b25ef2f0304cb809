"""GermEval 2014 NER dev (news sentences) as a source of blind German event sets (round 29, issue #5; e2).

The German news in ../shared used for blind sets being used up (10kGNAD's test rows, quotes-de's dated articles,
CoNLL-2003 German deu.testa and deu.testb), fresh28 comes from a source no events, time or checks gold set has used:
``ner-de/germeval2014/NER-de-dev.tsv``, 2,200 single sentences each under a comment line ``#<TAB>URL<TAB>[date]``;
1,081 come from news sites (spiegel.de, sueddeutsche.de, n-tv.de, faz.net, nzz.ch, handelsblatt.com, ...; a URL or a
"site vom DD.MM.YYYY" note), the rest from de.wikipedia.org. What this module gives the builders, with no newsgraph code
(the sets must stay blind to the system until the lead scores them):

- ``sentences()``: every sentence of the file as (index, URL, bracket date, tokens), the index counting sentences from 0
  in file order; ``news(url)``: not de.wikipedia.org;
- ``detok(tokens)``: newspaper text from the tokens (no space before closing punctuation, none inside a pair of quotes
  or brackets), so that the scorer reads a sentence as a newspaper prints it;
- ``not_prose(tokens)``: why a sentence is not running prose (no final punctuation: a headline or a fragment; fewer
  than six tokens; no finite verb by ``finite``; a results list or table with more digit tokens than a third);
  GermEval has no part-of-speech column, so ``finite`` is a simple test: a closed list of the finite forms of the
  auxiliaries, the modals and the commonest irregular verbs, or a lower-case word (not the first) with a regular
  finite ending (-t, -te, -ten) that is no participle (ge-), superlative (-ste, -sten) or listed adverb, ordinal or
  adjective;
- ``topical(url)``: whether the URL's path (feedsportal's encoded target decoded) names politics, the economy or the
  world (politik, wirtschaft, ausland; inland, welt, world, international, europa, economy, business, finanzen,
  boerse, unternehmen, konjunktur as words) -- the sentences fresh28 draws first; the other news sentences ("rest")
  are kept for a later set;
- ``order(seed)``: the news sentences by SHA-1 of ``SEED:germeval-dev:INDEX``; ``prose_order(seed, pool)`` those that
  are prose and not in IN_REPO, of the pool "topical", "rest" or "all" -- the positions the builders speak of;
  ``take(seed, pool, n, start)`` the sentences at positions start + 1 to n;
- which positions are used: fresh28 (round 29, e2) draws and reads the **whole topical pool** of
  ``prose_order(20261229, "topical")``, positions 1-116 (a few sport, culture and school pages among them, which the
  URL test let in through a slug word such as "europa", "international" or "in_und_ausland": kept, the test being
  fixed before any sentence was read); the topical pool holding only 9 events, fresh28 reads on into the **rest pool**
  (``prose_order(20261229, "rest")``, 912 prose sentences) from its position 1, at most to position 300 (the exact
  last position is written in the guide's 32nd pass): fresh29 and later sets draw from rest position 301 on, in that
  order (positions 301-912 were never read by anyone working on events); fresh29 (round 29, w1) takes rest 301-450 in
  full and reads on to position 710, taking only the sentences with an event; fresh30 (round 29, w4) takes the
  order's end, rest 711-912, in full: **the rest pool is used up**, a later set needs another file (GermEval test, say);
- ``check(taken, own)``: that no taken sentence is found in any text file of the repository (events, time and checks
  gold, tests, training corpora) other than the set's own files, compared on lower-case letters and digits (the first
  40), so tokenised and detokenised copies match; and which repository code reads GermEval at all.
- ``build(...)``: a set's builder (``--draw``, ``--check``, or check the annotations against the draw and write it).

What ``check`` must exclude, and does: the only GermEval sentences copied into the repository are the three of
``tests/data/link_germeval_sentences.json`` (the linking test's unknown-name sentences, indices IN_REPO); they are
left out of every order here, so they are never drawn. The rest of the repository reads the file itself and copies
no sentence: the NER training and evaluation (training/ner/*, newsgraph/eval/ner.py; the shipped NER model is
fine-tuned on all of GermEval dev and its name lists are partly mined from it), the checks model's training documents
(training/checks/build_model.py, offtopic_coord.py, dangling_verb_table.py: single sentences, unlabelled for checks)
and tests/test_ner.py's reader test (its own example text). None builds an events, time or checks gold set.

Caveat (the guide's 32nd pass): the shipped NER model was trained with GermEval dev (its dev set in CV, then fine-tuned
on all of it), so the names in these sentences are in-sample for NER and actor detection may look better here than on
unseen text; the checks model read the text too. GermEval 2014: research use. The bracket date is the crawl date, not
the publication date: sets from here have "published" empty and are scored sentence by sentence without a date.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path

# training/events is no package: the builders and the tests load this file by path
sys.path.insert(0, str(Path(__file__).resolve().parent))

from conll_blind import _norm, repo_scan  # noqa: E402  (the repository scan of every blind set's --check)

ROOT = Path(__file__).resolve().parents[2]
GERMEVAL = ROOT.parent / "shared" / "data" / "ner-de" / "germeval2014" / "NER-de-dev.tsv"
# the three sentences tests/data/link_germeval_sentences.json copies (the linking test): never drawn
IN_REPO = frozenset({713, 1510, 1750})


def E(t: str, trig: str, src: str = "", tgt: str = "", loc: str = "", date: str = "", mod: str = "happened") -> dict:
    """One gold event (the fields of the guide)."""
    return dict(type=t, trigger=trig, source=src, target=tgt, location=loc, date=date, modality=mod)


def germeval_path() -> Path:
    shared = os.environ.get("NEWSGRAPH_SHARED")
    return Path(shared) / "data" / "ner-de" / "germeval2014" / "NER-de-dev.tsv" if shared else GERMEVAL


_CACHE: list[tuple[int, str, str, list[str]]] = []


def sentences() -> list[tuple[int, str, str, list[str]]]:
    """(index, URL or source note, bracket date, tokens) of every sentence of GermEval dev, in file order."""
    if not _CACHE:
        cur: list[str] | None = None
        for line in germeval_path().read_text("utf-8").splitlines():
            if line.startswith("#\t"):
                _, url, day = line.split("\t")[:3]
                cur = []
                _CACHE.append((len(_CACHE), url, day.strip("[]"), cur))
            elif line.strip() and cur is not None:
                cur.append(line.split("\t")[1])
    return _CACHE


def news(url: str) -> bool:
    return "de.wikipedia.org" not in url


# feedsportal.com encodes the article's URL in its path ("0C" a slash, "0E" a hyphen, ...)
_FEEDSPORTAL = {"0A": "0", "0B": ".", "0C": "/", "0D": "?", "0E": "-", "0F": "=", "0G": "&", "0I": "_", "0L": "http://",
                "0N": ".com", "0S": "www."}
_TOPICAL = re.compile(r"politik|wirtschaft|ausland|(?<![a-z])(inland|welt|world|international|europa|economy|business"
                      r"|finanzen|boerse|börse|unternehmen|konjunktur)(?![a-z])")


def url_path(url: str) -> str:
    """The lower-case path and query of a URL ("" for a "site vom DD.MM.YYYY" note, which names no section)."""
    m = re.match(r"https?://([^/]+)(.*)", url)
    if not m:
        return ""
    host, rest = m.groups()
    if "feedsportal" in host:
        rest = re.sub(r"0[A-Z]", lambda k: _FEEDSPORTAL.get(k.group(), " "), rest)
    return rest.lower()


def topical(url: str) -> bool:
    """The URL's path names politics, the economy or the world (a newspaper's section, or a word of the slug)."""
    return bool(_TOPICAL.search(url_path(url)))


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "...", "%"}
_NO_SPACE_AFTER = {"(", "["}
_OPEN = {"„", "«", "»"}  # decided per sentence for « and » (Swiss «x», German »x«)


def _quote_roles(words: list[str]) -> dict[int, str]:
    """Which quote tokens open and which close: '"' and "'" pair left to right (one just before a comma, a
    semicolon or the final mark closes, one at the start opens, one at the end or an unpaired one after a full stop closes); „ opens and “ closes; « and » open as the first of
    them met in the sentence."""
    roles: dict[int, str] = {}
    for q in ('"', "'"):
        state = "close"
        marks = [i for i, w in enumerate(words) if w == q and not (q == "'" and i + 1 < len(words)
                                                                    and words[i + 1][:1].isdigit())]
        for i in marks:
            state = "open" if state == "close" else "close"
            if i + 1 < len(words) and words[i + 1] in {",", ";", ".", "!", "?", ":"} and i > 0:
                state = "close"
            elif len(marks) % 2 and i > 0 and words[i - 1] in {".", "!", "?"}:
                state = "close"  # an unpaired quote after a sentence's end closes a quotation begun before the item
            elif i == 0:
                state = "open"
            elif i == len(words) - 1:
                state = "close"
            roles[i] = state
    guil = [i for i, w in enumerate(words) if w in {"«", "»"}]
    if guil:
        opener = words[guil[0]]
        for i in guil:
            roles[i] = "open" if words[i] == opener else "close"
    for i, w in enumerate(words):
        if w == "„":
            roles[i] = "open"
        elif w == "“":
            roles[i] = "close"
    return roles


def detok(tokens: list[str]) -> str:
    """Newspaper text from GermEval's tokens (cp1252's en dash, stored as U+0096, written as "–")."""
    words = [w.replace("\x96", "–") for w in tokens]
    roles = _quote_roles(words)
    out = ""
    glue_next = False
    for i, w in enumerate(words):
        space = bool(out) and not glue_next
        if w in _NO_SPACE_BEFORE or roles.get(i) == "close":
            space = False
        out += (" " if space else "") + w
        glue_next = w in _NO_SPACE_AFTER or roles.get(i) == "open"
    return out


# finite forms of the auxiliaries, the modals and the commonest irregular verbs (present and past, singular and plural)
_FINITE = set("""
ist sind war waren bin bist seid wäre wären sei seien
hat haben hatte hatten habe hätte hätten hast habt
wird werden wurde wurden würde würden werde wirst werdet
kann können konnte konnten könne könnte könnten
muss muß müssen musste mußte mussten mußten müsse müsste müßte
soll sollen sollte sollten solle
will wollen wollte wollten wolle
darf dürfen durfte durften dürfe dürfte dürften
mag mögen möchte möchten mochte
gibt gab gaben geht ging gingen kommt kam kamen steht stand standen liegt lag lagen bleibt blieb blieben
hält hielt hielten nimmt nahm nahmen sieht sah sahen lässt läßt ließ ließen findet fand fanden fällt fiel fielen
trifft traf trafen spricht sprach sprachen bringt brachte brachten weiß wusste wußte heißt hieß zieht zog zogen
tritt trat traten beginnt begann begannen gilt galt gelten setzt sitzt saß wirft warf schreibt schrieb schrieben
sagt sagte sagten sagen erklärt erklärte erklärten meint meinte fordert forderte forderten
gewinnt gewann verliert verlor trägt trug schlägt schlug spielt spielte läuft lief
bezog befand bestand entstand verstand sank stieg fuhr brach übernahm starb schied vertrieb floh flohen rief riefen
wies bot schloss schloß beschloss beschloß entschied verbot hob warf verließ erhielt erhielten enthielt griff griffen
bestritt wuchs erschien schien sprang trieb zwang bat baten wurde lud log betrog
gehört gehörte gehören gelingt gelang gefällt gefiel geschieht geschah gerät geriet gesteht gestand gewährt gewährte
gelangt gelangte genehmigt genehmigte genehmigten gewährten gehen geht gilt
komme gebe gehe stehe liege bleibe gelte führe sehe wisse
""".split())
# lower-case words with a finite-looking ending that are adverbs, ordinals or frequent adjectives
_NOT_FINITE = set("""
nicht jetzt erst bereits seit heute meist fast selbst sonst längst zuletzt zunächst weit recht acht
letzte letzten erste ersten zweite zweiten dritte dritten vierte vierten fünfte fünften sechste siebte achte neunte
zehnte mittlerweile bekannte bekannten gesamte gesamten private privaten gute guten rechte rechten weitere
mit mittels bisschen bist nett monat monate monaten mitte
""".split())


def finite(words: list[str]) -> bool:
    """A finite verb by a simple test (no part-of-speech tags in GermEval): see the module doc."""
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in _FINITE:
            return True
        if i == 0 or not w.isalpha() or not w.islower() or lw in _NOT_FINITE or len(w) < 4 or lw.startswith("ge"):
            continue
        if re.search(r"((?<!s)|(?<=ss)|(?<=ß)|(?<=[aeiouäöü]s))(t|te|ten)$", lw):
            return True
        # a plural present or past ("stehen bis heute", "befinden sich"): -en not before a noun, as an adjective is
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if re.search(r"[^e](en|ern|eln)$", lw) and nxt[:1].islower() and nxt.isalpha() and lw not in _NOT_FINITE:
            return True
    return False


_DIGIT = re.compile(r"\d")
_FINAL = (".", "!", "?", ":", '."', '!"', '?"', ':"', ".'", ".)", "!)", "?)", ".«", ".»", ".“", "!“", "?“")


def not_prose(tokens: list[str]) -> str:
    """Why a sentence is not running prose ("" if it is)."""
    if not detok(tokens).endswith(_FINAL):
        return "headline or fragment (no final punctuation)"
    if len(tokens) < 6:
        return "fragment (fewer than six tokens)"
    if not finite(tokens):
        return "no finite verb by the simple test (a headline, a caption or a list)"
    if sum(bool(_DIGIT.search(w)) for w in tokens) * 3 > len(tokens):
        return "a results list or table (more than a third of the tokens are numbers)"
    return ""


POOLS = ("topical", "rest", "all")


def order(seed: int) -> list[int]:
    """Indices of the news sentences by SHA-1 of ``SEED:germeval-dev:INDEX``."""
    idx = [i for i, url, _, _ in sentences() if news(url)]
    return sorted(idx, key=lambda i: hashlib.sha1(f"{seed}:germeval-dev:{i}".encode()).hexdigest())


def prose_order(seed: int, pool: str = "all") -> list[int]:
    """The sentences of ``order`` that are prose, not IN_REPO and of ``pool`` (topical URLs, the rest, or all): the
    positions the builders speak of."""
    assert pool in POOLS, pool
    sents = sentences()
    keep = []
    for i in order(seed):
        _, url, _, toks = sents[i]
        if i in IN_REPO or not_prose(toks) or (pool == "topical" and not topical(url)) or (
                pool == "rest" and topical(url)):
            continue
        keep.append(i)
    return keep


def take(seed: int, pool: str, n: int, start: int = 0) -> list[tuple[int, str, str]]:
    """(index, URL, text) of the sentences at positions start + 1 to ``n`` of ``prose_order(seed, pool)``."""
    sents = sentences()
    return [(i, sents[i][1], detok(sents[i][3])) for i in prose_order(seed, pool)[start:n]]


Part = tuple  # (pool, start, n) or (pool, start, n, later)


def take_parts(seed: int, parts: tuple[Part, ...]) -> list[tuple[int, str, str]]:
    """``take`` of each (pool, start, n) in turn, or of (pool, start, n, later) only the sentences ``later`` (indices
    of sentences at those positions that were read and found to hold an event: fresh12's, fresh15's and fresh25's way
    of reading on, here sentence by sentence)."""
    out: list[tuple[int, str, str]] = []
    for pool, start, n, *later in parts:
        got = take(seed, pool, n, start)
        if later:
            assert set(later[0]) <= {i for i, _, _ in got}, later
            got = [t for t in got if t[0] in later[0]]
        out += got
    return out


def print_draw(seed: int, pool: str, n: int, start: int = 0, later: tuple[int, ...] | None = None) -> None:
    """The drawn sentences with their position, index and URL (with ``later``: those read and not taken marked "--");
    then how many news sentences of the pool the prose filter passed over, by reason."""
    for k, (i, url, text) in enumerate(take(seed, pool, n, start), start + 1):
        mark = "--" if later is not None and i not in later else "  "
        print(f"{mark}{k:4d} [{i}] {url}\n       {text}")
    sents = sentences()
    why: dict[str, int] = {}
    for i in order(seed):
        _, url, _, toks = sents[i]
        if (pool == "topical" and not topical(url)) or (pool == "rest" and topical(url)):
            continue
        r = "in the repository (IN_REPO)" if i in IN_REPO else not_prose(toks)
        if r:
            why[r] = why.get(r, 0) + 1
    print(f"pool {pool}: {len(prose_order(seed, pool))} prose sentences; passed over: {why}")


def check(taken: list[tuple[int, str, str]], own: tuple[str, ...]) -> int:
    """Prints which repository code reads GermEval and whether any taken sentence (compared on lower-case letters and
    digits, the first 40 of them) is in a text file of the repository other than ``own`` (the set's builder and file,
    and this module); returns the number found."""
    keys = {i: _norm(t)[:40] for i, _, t in taken if len(_norm(t)) >= 40}
    files, readers, found = repo_scan(keys, own, r"germeval", re.I)
    print("repository code that reads or names GermEval 2014 (NER training and evaluation, name lists, the checks "
          "model's training material, a reader test; none builds an events, time or checks gold set):")
    for r in sorted(readers):
        print(f"  {r}")
    sents = sentences()
    copied = sorted(i for i in IN_REPO if "link_germeval_sentences" in " ".join(
        str(p) for p in files if _norm(detok(sents[i][3]))[:40] in _norm(p.read_text("utf-8", errors="ignore"))))
    print(f"GermEval sentences copied into the repository and left out of every order (IN_REPO): {sorted(IN_REPO)}; "
          f"found in tests/data/link_germeval_sentences.json: {copied}")
    gold = sorted(p.name for p in files if re.match(r"(events_de|timex_|checks_)", p.name))
    print(f"{len(keys)} taken sentences (of {len(taken)}) with >= 40 letters/digits compared against {len(files)} "
          f"text files, among them {len(gold)} events/time/checks gold files ({', '.join(gold[:4])}, ...): "
          f"{len(found)} found")
    for i, f in found:
        print(f"  [{i}] in {f}")
    return len(found) + (copied != sorted(IN_REPO))


def build(argv: list[str], seed: int, parts: tuple[Part, ...], ann: dict, skipped: dict,
          out_default: Path, own: tuple[str, ...]) -> int:
    """A GermEval set's builder over ``parts`` ((pool, start, n), see ``take_parts``): ``--draw`` prints the drawn
    sentences, ``--check`` runs ``check``; otherwise every
    drawn sentence must be annotated (``ann``: (index, sentence) -> events) or skipped (``skipped``: index -> reason),
    every span inside its sentence, and the set is written (``--out F`` or ``out_default``). "file" and "published"
    are empty (the bracket date is a crawl date; the scorer reads each sentence alone); the URL is kept in "url"."""
    import json
    import sys

    if "--draw" in argv:
        for pool, start, n, *later in parts:
            print(f"## {pool} positions {start + 1}-{n}" + (" (read; only the sentences with an event taken)"
                                                            if later else " (all taken)"))
            print_draw(seed, pool, n, start, later[0] if later else None)
        return 0
    taken = take_parts(seed, parts)
    if "--check" in argv:
        return 1 if check(taken, own) else 0
    text = {i: (url, s) for i, url, s in taken}
    bad = 0
    for (i, sent), events in ann.items():
        assert i in text and text[i][1] == sent, i
        assert i not in skipped, i
        for e in events:
            for f in ("trigger", "source", "target", "location"):
                if e[f] and e[f] not in sent:
                    print(f"{f} {e[f]!r} not in {sent!r}", file=sys.stderr)
                    bad += 1
    covered = {i for i, _ in ann} | set(skipped)
    missing = [i for i in text if i not in covered]
    extra = [i for i in skipped if i not in text]
    if missing or extra:
        print(f"not annotated nor skipped: {missing}; skipped but not drawn: {extra}", file=sys.stderr)
    rows = [{"file": "", "published": "", "row": f"germeval2014 dev sentence {i}", "url": text[i][0],
             "sentence_index": 0, "lang": "de", "sentence": sent, "events": events} for (i, sent), events in ann.items()]
    out_path = Path(argv[argv.index("--out") + 1]) if "--out" in argv else out_default
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} sentences, {sum(len(r['events']) for r in rows)} events, {sum(not r['events'] for r in rows)} "
          f"without, {len(skipped)} skipped -> {out_path}")
    return 1 if bad or missing or extra else 0
