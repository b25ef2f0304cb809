"""bench/tail_estimate.py's replay of the Ray actor pool and the driver's in-order merge (bench/README.md,
twenty-third round, the tail): made-up partition costs, no timing."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("tail_estimate", Path(__file__).resolve().parent.parent / "bench" / "tail_estimate.py")
tail_estimate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tail_estimate)


def _parts(seconds, articles=10):
    return [{"index": i, "seconds": s, "articles": articles} for i, s in enumerate(seconds)]


def test_largest_first_orders_by_size_ties_in_input_order():
    assert tail_estimate.largest_first([1, 3, 2, 3]) == [1, 3, 2, 0]


def test_replay_makespan_input_order_vs_largest_first():
    parts = _parts([1, 1, 2])
    assert tail_estimate.replay(parts, [0, 1, 2], 2)["makespan"] == 3  # the big one last: a tail of 1 s
    assert tail_estimate.replay(parts, tail_estimate.largest_first([1, 1, 2]), 2)["makespan"] == 2


def test_replay_cold_start_paid_by_each_worker():
    r = tail_estimate.replay(_parts([1, 1, 1, 1]), [0, 1, 2, 3], 2, cold=0.5)
    assert r["makespan"] == 2.5 and r["loads"] == [2.5, 2.5]


def test_in_order_merge_waits_for_an_early_partition_that_finishes_last():
    # #0 runs longest: #1-#3 finish first but the merge keeps input order, so all four wait for it
    assert tail_estimate.replay(_parts([5, 1, 1, 1]), [0, 1, 2, 3], 2)["tail_articles"] == 40
    # the long one last in input order: only it is merged after the end
    assert tail_estimate.replay(_parts([1, 1, 1, 5]), [0, 1, 2, 3], 2)["tail_articles"] == 10
