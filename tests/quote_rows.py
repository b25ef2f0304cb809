"""A check shared by the quote-feature tests: the CRF's fast row encoder must give each token
exactly the features the plain featurizer lists, whatever extra feature groups are switched on."""

from __future__ import annotations

from newsgraph.extract.quotes_crf import FeatureIndex
from newsgraph.extract.quotes_features import Featurizer


def assert_rows_match_features(toks, feats) -> None:
    index = FeatureIndex(sorted({f for fs in feats for f in fs}))
    want, want_ends = index.rows(feats)
    got, ends = Featurizer(toks, "de").rows(0, len(toks), index)
    assert list(ends) == list(want_ends)
    starts = [0, *ends]
    for i in range(len(toks)):
        assert sorted(got[starts[i]:starts[i + 1]]) == sorted(want[starts[i]:starts[i + 1]].tolist())
