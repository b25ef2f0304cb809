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
