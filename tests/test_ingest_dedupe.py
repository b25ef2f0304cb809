"""Deduplication's MinHash signatures: computed with shared permutations and the shingle
hashes in one loop, they must equal datasketch's own (stored signatures are compared with
them across runs)."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash

from newsgraph.ingest.dedupe import SCHEME, Deduper, shingles


def test_signatures_equal_datasketch_s(seed_text):
    d = Deduper(0.9, 64)
    for text in (seed_text, seed_text[:500], "Kurz.", "ein zwei drei vier fünf sechs sieben", "Österreichs Regierung"):
        ref = MinHash(num_perm=64, scheme=SCHEME)
        ref.update_batch(list(shingles(text)))
        sig = d.signature(text)
        assert np.array_equal(sig.hashvalues, ref.hashvalues)
        assert np.array_equal(sig.permutations, ref.permutations)
        assert sig.jaccard(ref) == 1.0
    # what the sketch keeps for later updates is datasketch's hash, not the one-loop stand-in
    sig, ref = d.signature("a b c d e f"), MinHash(num_perm=64, scheme=SCHEME)
    ref.update_batch(list(shingles("a b c d e f")))
    sig.update(b"noch ein shingle")
    ref.update(b"noch ein shingle")
    assert np.array_equal(sig.hashvalues, ref.hashvalues)


def test_near_duplicate_found_and_stored_signature_reloads(seed_text):
    d = Deduper(0.9, 64)
    assert d.check("a1", "h1", seed_text)[0] is None
    dup, kind, _ = d.check("a2", "h2", seed_text + " Ende.")
    assert (dup, kind) == ("a1", "near")
    e = Deduper(0.9, 64)
    e.load("a1", "h1", d.sigs["a1"].hashvalues)
    assert e.check("a3", "h3", seed_text + " Ende.")[:2] == ("a1", "near")


def test_shingles_are_the_utf8_of_the_joined_words(seed_text):
    # shingles joins words encoded once; they must be the bytes of the joined string, umlauts included
    import re

    for text in (seed_text, "Über Straßen fährt der Bürgermeister größerer Städte öfter", "eins zwei drei vier fünf"):
        words = re.findall(r"\w+", text.lower())
        assert shingles(text) == {" ".join(words[i : i + 5]).encode("utf-8") for i in range(len(words) - 4)}


def _gnad_texts() -> list[str]:
    import csv

    from .conftest import DATA

    with (DATA / "gnad_sample.csv").open(encoding="utf-8") as fh:
        return [row[-1] for row in csv.reader(fh, delimiter=";", quotechar="'")]


def test_bands_return_what_minhashlsh_returns(seed_text):
    """The Deduper's own banding index gives the candidates datasketch's MinHashLSH gives, as
    the same list in the same order (a tie in ``check`` goes to the first), on real articles
    with near repeats: cut, extended, a word changed."""
    from datasketch import MinHashLSH

    texts = [seed_text, *_gnad_texts()]
    variants = []
    for t in texts:
        words = t.split()
        variants += [t, " ".join(words[:-3]), t + " Ende.", " ".join(["Heute", *words[1:]]), " ".join(words[: len(words) // 2])]
    d = Deduper(0.9, 64, (3, 21))
    ref = MinHashLSH(threshold=0.9, num_perm=64)
    assert (ref.b, ref.r) == (3, 21)
    sigs = [d.signature(t) for t in variants]
    hits = 0
    for i, s in enumerate(sigs):
        got, want = d.lsh.query(s.hashvalues), ref.query(s)
        assert got == want
        hits += len(got)
        d.lsh.insert(f"a{i}", s.hashvalues)
        ref.insert(f"a{i}", s)
    assert hits >= len(texts)  # near repeats were candidates, so the comparison compared something
    # signatures read back from the store (uint64 in DuckDB) band like fresh ones
    e = Deduper(0.9, 64, (3, 21))
    e.load("a0", "h0", np.asarray(sigs[0].hashvalues, dtype=np.uint64))
    assert np.array_equal(e.sigs["a0"].hashvalues, sigs[0].hashvalues)
    for s in sigs[:5]:
        assert e.lsh.query(s.hashvalues) == (["a0"] if "a0" in ref.query(s) else [])


def test_configured_lsh_params_are_datasketch_s():
    """``[ingest] lsh_params`` must be what MinHashLSH would choose for the configured threshold
    and permutations: a changed threshold needs its own bands (or ``[]`` for the search)."""
    from datasketch import MinHashLSH

    from newsgraph.config import load

    icfg = load()["ingest"]
    ref = MinHashLSH(threshold=icfg["near_duplicate_threshold"], num_perm=icfg["minhash_perm"])
    assert tuple(icfg["lsh_params"]) == (ref.b, ref.r)
    d = Deduper.from_config({**icfg, "lsh_params": []})  # the search, as datasketch does it
    assert (d.lsh.bands, d.lsh.rows) == (ref.b, ref.r)


def test_deduper_does_not_import_scipy():
    """The Ray driver deduplicates: making a Deduper from the configuration must not import
    scipy (datasketch's package import does, for MinHashLSH's parameter search); a later
    ``import datasketch`` still gets the whole package, with the same MinHash class."""
    import subprocess
    import sys

    code = ("import sys\nfrom newsgraph.config import load\nfrom newsgraph.ingest.dedupe import Deduper\n"
            "d = Deduper.from_config(load()['ingest'])\nd.check('a', 'h', 'eins zwei drei vier fünf sechs')\n"
            "print('scipy' in sys.modules)\nimport datasketch\n"
            "print(type(d.sigs['a']) is datasketch.MinHash, hasattr(datasketch, 'MinHashLSH'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True", "True"]
