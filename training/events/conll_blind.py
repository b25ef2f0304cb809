"""CoNLL-2003 German (Frankfurter Rundschau, 1992) as a source of blind German event sets (round 27, issue #5; h4).

The unread 10kGNAD test rows and quotes-de's dated articles being used up, fresh24 (deu.testa) and fresh25 (deu.testb)
come from the CoNLL-2003 German NER files: news text no events, time or checks set has ever used (``--check`` of the
builders proves it for the sentences taken). What this module gives them, with no newsgraph code (the sets must stay
blind to the system until the lead scores them):

- ``documents(name)``: the file's documents (split at ``-DOCSTART-``), each a list of sentences of (word, STTS tag);
- ``doc_sentences(doc)`` and ``detok(sentence)``: normal German text from the tokens (no space before closing
  punctuation, quotes paired over the document, "( x )" closed up, "' 89" elisions), so that the scorer reads a
  sentence as a newspaper prints it;
- ``prose(doc)``: which sentences are running prose and why the others are not (the headline block before an
  upper-case dateline "RODGAU .", a headline or fragment without final punctuation, no finite verb in the corpus's
  own STTS tags, a results list or table with more digit tokens than a third, fewer than five tokens, a listing
  document with less than half its sentences prose);
- ``order(name, seed)``: the documents ordered by SHA-1 of ``SEED:name:doc``, ``prose_order`` those with prose;
  ``take(name, seed, n_docs, per_doc, later, read_to, start)`` the first ``per_doc`` prose sentences of the documents
  at positions start + 1 to ``n_docs`` of them, and of the documents ``later`` read on to position ``read_to`` because
  they hold an event (``start``: fresh26 goes on where fresh24's draw and skimming ended);
- ``check(taken, own)``: that no taken sentence is found in any text file of the repository (events, time and checks
  gold, tests, training corpora), compared on letters and digits only so that tokenised copies are caught too, and
  which repository code reads the CoNLL files at all (NER, UD and checks training material, never a gold set).
- ``build(...)``: a set's builder (``--draw``, ``--check``, or check the annotations against the draw and write it).

Caveat (the guide's 28th pass, the events_type card's round 27): the shipped NER model was trained on these files and
the core model's word vectors and the checks model read their text, so the actors' names are in-sample for NER and
actor detection may look better on these sets than on unseen text. CoNLL-2003: research use.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONLL = ROOT.parent / "shared" / "data" / "ner-de" / "conll2003"

def E(t: str, trig: str, src: str = "", tgt: str = "", loc: str = "", date: str = "", mod: str = "happened") -> dict:
    """One gold event (the fields of the guide)."""
    return dict(type=t, trigger=trig, source=src, target=tgt, location=loc, date=date, modality=mod)


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "...", "'s"}
_NO_SPACE_AFTER = {"(", "["}
_QUOTES = {'"', "'"}


def conll_dir() -> Path:
    import os

    shared = os.environ.get("NEWSGRAPH_SHARED")
    return Path(shared) / "data" / "ner-de" / "conll2003" if shared else CONLL


def documents(name: str) -> list[list[list[tuple[str, str]]]]:
    """The documents of ``name`` (deu.testa / deu.testb): lists of sentences of (word, STTS tag)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    for line in (conll_dir() / name).read_text("latin-1").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            docs.append([])
            continue
        if not line.strip():
            if sent:
                docs[-1].append(sent)
            sent = []
            continue
        cols = line.split(" ")
        sent.append((cols[0], cols[2]))
    return docs


def _elision(words: list[str], i: int) -> bool:
    return words[i] == "'" and i + 1 < len(words) and words[i + 1][:1].isdigit()


def doc_sentences(doc: list[list[tuple[str, str]]]) -> list[list[tuple[str, str, str]]]:
    """A document's sentences as (word, tag, quote role) with the quotes paired over the whole document (CoNLL's
    sentence split sometimes leaves a quote on the wrong side of a boundary: ``Fenster . "`` | ``Gewöhnungsbedürftig "
    , meinte``). Quotes of each kind pair left to right, and the pairing starts over where the quote itself says
    which it is: one just before a comma or semicolon closes, one beginning a sentence opens (so a stray quote
    upsets at most the pairs up to the next such cue). Then an opening quote ending a sentence moves to the start of the next one, a closing quote beginning a sentence
    to the end of the one before."""
    flat = [(si, w) for si, s in enumerate(doc) for w, _ in s]
    words = [w for _, w in flat]
    roles: dict[int, str] = {}
    for q in _QUOTES:
        state = "close"
        for i in (i for i, w in enumerate(words) if w == q and not _elision(words, i)):
            state = "open" if state == "close" else "close"
            if i + 1 < len(words) and (words[i + 1] in {",", ";"} or (
                    words[i + 1] in {".", "!", "?", ":"} and flat[i + 1][0] == flat[i][0])):
                state = "close"
            elif i == 0 or flat[i - 1][0] != flat[i][0]:
                state = "open"
            roles[i] = state
    out: list[list[tuple[str, str, str]]] = [[] for _ in doc]
    k = 0
    for si, s in enumerate(doc):
        for w, t in s:
            out[si].append((w, t, roles.get(k, "")))
            k += 1
    for si in range(len(out) - 1):
        if out[si] and out[si][-1][2] == "open":
            out[si + 1].insert(0, out[si].pop())
    for si in range(1, len(out)):
        if out[si] and out[si][0][2] == "close":
            out[si - 1].append(out[si].pop(0))
    return out


def detok(toks: list[tuple[str, str, str]]) -> str:
    """Newspaper text from a sentence of (word, tag, quote role) of ``doc_sentences``."""
    words = [w for w, _, _ in toks]
    out = ""
    glue_next = False
    for i, (w, _, role) in enumerate(toks):
        space = bool(out) and not glue_next
        if w in _NO_SPACE_BEFORE or role == "close":
            space = False
        out += (" " if space else "") + w
        glue_next = w in _NO_SPACE_AFTER or role == "open" or _elision(words, i)
    return out


_DIGIT = re.compile(r"\d")
_FINAL = (".", "!", "?", ":", ".\"", "!\"", "?\"", ":\"", ".'", ".)")
MAX_HEAD = 4  # a dateline this early ends the headline block


def _dateline(toks: list[tuple[str, str, str]]) -> bool:
    """An upper-case dateline or column subhead ("RODGAU .", "WIESBADEN / BONN , 23. August ( me / dpa ) .")."""
    alpha = [w for w, _, _ in toks if any(c.isalpha() for c in w)]
    return bool(alpha) and len(alpha[0]) > 1 and alpha[0].isupper() and (
        len(toks) <= 8 or not any(t.endswith("FIN") for _, t, _ in toks))


def not_prose(toks: list[tuple[str, str, str]]) -> str:
    """Why a sentence is not running prose ("" if it is)."""
    words = [w for w, _, _ in toks]
    if _dateline(toks):
        return "dateline or upper-case subhead"
    if not detok(toks).endswith(_FINAL):
        return "headline or fragment (no final punctuation)"
    if len(words) < 5:
        return "fragment (fewer than five tokens)"
    if not any(t.endswith("FIN") for _, t, _ in toks):
        return "no finite verb (a list, a caption or a fragment)"
    if sum(bool(_DIGIT.search(w)) for w in words) * 3 > len(words):
        return "a results list or table (more than a third of the tokens are numbers)"
    return ""


def prose(doc: list[list[tuple[str, str]]]) -> list[tuple[int, str, str]]:
    """(sentence index, text, why it is not prose or "") for each sentence of a document. Everything before a
    dateline among the first MAX_HEAD sentences is the headline block; a document of which fewer than half the
    sentences are prose is a listing (service pages, results, programmes) and wholly passed over."""
    sents = doc_sentences(doc)
    why = [not_prose(s) for s in sents]
    head = next((k for k in range(min(MAX_HEAD, len(sents))) if _dateline(sents[k])), -1)
    why = [w or ("headline (before the dateline)" if k < head else "") for k, w in enumerate(why)]
    if sum(not w for w in why) * 2 < len(why):
        why = [w or "a listing (fewer than half the document's sentences are prose)" for w in why]
    return [(k, detok(s), w) for k, (s, w) in enumerate(zip(sents, why))]


def order(name: str, seed: int) -> list[int]:
    """Document indices of ``name`` by SHA-1 of ``SEED:name:doc``."""
    n = len(documents(name))
    return sorted(range(n), key=lambda d: hashlib.sha1(f"{seed}:{name}:{d}".encode()).hexdigest())


def prose_order(name: str, seed: int) -> list[int]:
    """The documents of ``order`` that have prose at all (a document of results lists only is passed over, not
    counted): the positions the builders speak of."""
    docs = documents(name)
    return [d for d in order(name, seed) if any(not why for _, _, why in prose(docs[d]))]


def take(name: str, seed: int, n_docs: int, per_doc: int, later: tuple[int, ...] = (),
         read_to: int = 0, start: int = 0) -> list[tuple[int, int, str]]:
    """(doc, sentence index, text) of the first ``per_doc`` prose sentences of the documents at positions start + 1 to
    ``n_docs`` of ``prose_order`` (``start`` > 0: the positions before it belong to an earlier set, drawn or skimmed),
    then of the documents ``later`` (which must lie in its positions n_docs + 1 to ``read_to``: those read and found
    to hold an event, fresh12's and fresh15's way of reading on)."""
    docs = documents(name)
    pos = prose_order(name, seed)
    assert all(d in pos[n_docs:read_to] for d in later), later
    out: list[tuple[int, int, str]] = []
    for d in pos[start:n_docs] + [d for d in pos[n_docs:read_to] if d in later]:
        out += [(d, k, text) for k, text, why in prose(docs[d]) if not why][:per_doc]
    return out


def print_draw(name: str, seed: int, n_docs: int, per_doc: int, later: tuple[int, ...] = (), read_to: int = 0,
               start: int = 0) -> None:
    """The drawn documents: every sentence up to the last one taken, the ones passed over with their reason; then
    the documents of positions n_docs + 1 to ``read_to`` read and not taken (no event among their sentences)."""
    docs = documents(name)
    taken = take(name, seed, n_docs, per_doc, later, read_to, start)
    by_doc: dict[int, list[int]] = {}
    for d, k, _ in taken:
        by_doc.setdefault(d, []).append(k)
    pos = prose_order(name, seed)
    for d in by_doc:
        print(f"### {pos.index(d) + 1} doc {d}")
        for k, text, why in prose(docs[d])[:max(by_doc[d]) + 1]:
            print(f"  ({d}, {k}) {text}" if k in by_doc[d] else f"  -- ({d}, {k}) [{why or 'after the first ' + str(per_doc)}] {text}")
    unread = [d for d in pos[n_docs:read_to] if d not in later]
    if unread:
        print(f"read, no event, not taken (positions {n_docs + 1}-{read_to}): {unread}")


def _norm(s: str) -> str:
    return re.sub(r"[^0-9a-zäöüß]", "", s.lower())


_TEXT = {".py", ".json", ".jsonl", ".csv", ".tml", ".tsv", ".md", ".txt", ".toml", ".conllu"}


def repo_scan(keys: dict, own: tuple[str, ...], reader: str, flags: int = 0) -> tuple[list[Path], list[str], list]:
    """The repository's text files but ``own``; those of them, as paths from the root, that are .py files matching
    ``reader``; and (key, path) of each file holding a ``keys`` value (a sentence's ``_norm`` head). The checks of
    this module and of the builders of other sources share it, so every set is compared against the same files."""
    readers = []
    files = [p for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts and p.suffix in _TEXT
             and not any(p.name == o for o in own) and p.stat().st_size < 50_000_000]
    found = []
    for p in files:
        raw = p.read_text("utf-8", errors="ignore")
        if p.suffix == ".py" and re.search(reader, raw, flags=flags):
            readers.append(str(p.relative_to(ROOT)))
        blob = _norm(raw)
        for key, k in keys.items():
            if k in blob:
                found.append((key, str(p.relative_to(ROOT))))
    return files, readers, found


def check(taken: list[tuple[int, int, str]], own: tuple[str, ...]) -> int:
    """Prints which repository code reads the CoNLL files and whether any taken sentence (compared on lower-case
    letters and digits, the first 40 of them, so tokenised and detokenised copies match) is in a text file of the
    repository other than ``own`` (the set's builder and file, and this module); returns the number found."""
    keys = {(d, k): _norm(t)[:40] for d, k, t in taken if len(_norm(t)) >= 40}
    files, readers, found = repo_scan(keys, own, r"conll2003|deu\.test[ab]")
    print("repository code that reads the CoNLL-2003 German files (training material for NER, UD vectors and "
          "segmentation, the checks model; none builds an events, time or checks gold set):")
    for r in sorted(readers):
        print(f"  {r}")
    gold = sorted(p.name for p in files if re.match(r"(events_de|timex_|checks_)", p.name))
    print(f"{len(keys)} taken sentences (of {len(taken)}) with >= 40 letters/digits compared against {len(files)} "
          f"text files, among them {len(gold)} events/time/checks gold files ({', '.join(gold[:4])}, ...): "
          f"{len(found)} found")
    for (d, k), f in found:
        print(f"  ({d}, {k}) in {f}")
    return len(found)


def build(argv: list[str], name: str, seed: int, n_docs: int, per_doc: int, ann: dict, skipped: dict, out_default: Path,
          own: tuple[str, ...], later: tuple[int, ...] = (), read_to: int = 0, start: int = 0) -> int:
    """A CoNLL set's builder: ``--draw`` prints the drawn documents, ``--check`` runs ``check``; otherwise every drawn
    sentence must be annotated (``ann``: (doc, sentence index, sentence) -> events) or skipped (``skipped``:
    (doc, sentence index) -> reason), every span inside its sentence, and the set is written (``--out F`` or
    ``out_default``). No date: CoNLL-2003 carries none, so "published" is empty and the scorer reads each sentence
    alone."""
    import json
    import sys

    if "--draw" in argv:
        print_draw(name, seed, n_docs, per_doc, later, read_to, start)
        return 0
    taken = take(name, seed, n_docs, per_doc, later, read_to, start)
    if "--check" in argv:
        return 1 if check(taken, own) else 0
    text = {(d, k): s for d, k, s in taken}
    bad = 0
    for (d, k, sent), events in ann.items():
        assert text.get((d, k)) == sent, (d, k)
        assert (d, k) not in skipped, (d, k)
        for e in events:
            for f in ("trigger", "source", "target", "location"):
                if e[f] and e[f] not in sent:
                    print(f"{f} {e[f]!r} not in {sent!r}", file=sys.stderr)
                    bad += 1
    covered = {(d, k) for d, k, _ in ann} | set(skipped)
    missing = [key for key in text if key not in covered]
    extra = [key for key in skipped if key not in text]
    if missing or extra:
        print(f"not annotated nor skipped: {missing}; skipped but not drawn: {extra}", file=sys.stderr)
    rows = [{"file": "", "published": "", "row": f"conll2003 {name} doc {d}", "sentence_index": k, "lang": "de",
             "sentence": sent, "events": events} for (d, k, sent), events in ann.items()]
    out_path = Path(argv[argv.index("--out") + 1]) if "--out" in argv else out_default
    out_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    print(f"{len(rows)} sentences from {len({d for d, _, _ in ann})} documents, {sum(len(r['events']) for r in rows)} "
          f"events, {sum(not r['events'] for r in rows)} without, {len(skipped)} skipped -> {out_path}")
    return 1 if bad or missing or extra else 0
