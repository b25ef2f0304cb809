"""The 2-worker tail, estimated offline from a 1-worker run's per-partition times.

  python bench/tail_estimate.py PARTS.jsonl [--workers 2] [--merge-cpu-per-article S] [--cold S]
                                [--split-last K [--split-into M] [--split-cost S]]

PARTS.jsonl is ``bench_ray.py --partitions FILE``: each run's partitions (index, bytes, words, articles,
seconds). The first 1-worker run's ``seconds`` are taken as each partition's cost; the actor pool is
replayed (each actor takes the next partition of the dispatch order when it is free) for each order:
the planner's input order, largest first by the input's bytes or words, and, as a
bound no planner can know, largest first by the measured seconds. The driver merges the finished
prefix in input order (newsgraph/scale/engine.py), so a dispatch order that finishes an early partition
late leaves more articles to merge after the last partition: printed as articles merged after the end
and, with ``--merge-cpu-per-article``, seconds."""

from __future__ import annotations

import argparse
import heapq
import json
from pathlib import Path


def largest_first(sizes: list[float]) -> list[int]:
    """Indices of ``sizes``, largest first, ties in input order (longest processing time first)."""
    return sorted(range(len(sizes)), key=lambda i: (-sizes[i], i))


def replay(parts: list[dict], order: list[int], workers: int, batch_articles: int = 128, cold: float = 0.0) -> dict:
    """Makespan of the actor pool over ``order`` (indices into ``parts``), and the in-order merge's tail.
    ``cold``: the extra seconds of a worker's first partition (its per-word memos are empty)."""
    free = [(0.0, w) for w in range(workers)]
    finish: dict[int, float] = {}
    load = [0.0] * workers
    first = [True] * workers
    for i in order:
        t, w = heapq.heappop(free)
        cost = parts[i]["seconds"] + (cold if first[w] else 0.0)
        first[w] = False
        finish[i] = t + cost
        load[w] += cost
        heapq.heappush(free, (finish[i], w))
    end = max(finish.values())
    # the driver's merges: the finished prefix in input order, in batches of >= batch_articles until
    # every partition left is running (then each as it comes); what is still unmerged at ``end`` is the tail
    by_time = sorted(finish, key=finish.get)
    merged_at: dict[int, float] = {}
    nxt, pending, n_pending = 0, [], 0
    done: set[int] = set()
    for i in by_time:
        done.add(i)
        while nxt < len(parts) and nxt in done:
            pending.append(nxt)
            n_pending += parts[nxt]["articles"]
            nxt += 1
        eager = len(parts) - len(done) <= workers
        if pending and (n_pending >= batch_articles or eager):
            for j in pending:
                merged_at[j] = finish[i]
            pending, n_pending = [], 0
    tail = sum(parts[j]["articles"] for j, t in merged_at.items() if t >= end)
    return {"makespan": end, "loads": load, "tail_articles": tail}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("parts")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--merge-cpu-per-article", type=float, default=0.0)
    ap.add_argument("--split-last", type=int, default=0,
                    help="also replay input order with the last K non-empty partitions cut in pieces")
    ap.add_argument("--split-into", type=int, default=2, help="pieces per cut partition ([ray] tail_pieces)")
    ap.add_argument("--split-cost", type=float, default=0.0,
                    help="the fixed cost of one more partition (Parquet write, hand-out, merge transaction), split "
                         "between the two halves")
    ap.add_argument("--cold", type=float, default=0.0,
                    help="seconds of the 1-worker run's first partition that are its cold start: taken off it, and "
                         "added to each worker's first partition in the replay")
    args = ap.parse_args()
    runs = [json.loads(x) for x in Path(args.parts).read_text("utf-8").splitlines() if x.strip()]
    one = next(r for r in runs if r["workers"] == 1)
    parts = sorted(one["parts"], key=lambda x: x["index"])
    print(f"{len(parts)} partitions, {sum(p['seconds'] for p in parts):.2f} s of partition wall on 1 worker "
          f"(window {one['window']:.2f} s); ideal on {args.workers}: {sum(p['seconds'] for p in parts) / args.workers:.2f} s")
    for p in parts:
        print(f"  #{p['index']:>3} {p['articles']:>4} articles {p['words']:>6} words {p['bytes']:>8} bytes {p['seconds']:.2f} s")
    first = min(parts, key=lambda x: x["started_at"])
    first["seconds"] -= args.cold  # replayed as every worker's first-partition cost instead
    if args.cold:
        print(f"cold start {args.cold:.2f} s: taken off #{first['index']}, added to each worker's first partition; "
              f"ideal on {args.workers}: {(sum(p['seconds'] for p in parts) + args.workers * args.cold) / args.workers:.2f} s")
    orders = {
        "input order": list(range(len(parts))),
        "largest first by bytes": largest_first([p["bytes"] for p in parts]),
        "largest first by words": largest_first([p["words"] for p in parts]),
        "largest first by measured s (bound)": largest_first([p["seconds"] for p in parts]),
    }
    for name, order in orders.items():
        r = replay(parts, order, args.workers, cold=args.cold)
        extra = r["tail_articles"] * args.merge_cpu_per_article
        print(f"{name:>36}: makespan {r['makespan']:.2f} s (per worker {' / '.join(f'{x:.2f}' for x in r['loads'])}), "
              f"{r['tail_articles']} articles merged after the last partition"
              + (f" (~{extra:.2f} s), makespan + tail {r['makespan'] + extra:.2f} s" if args.merge_cpu_per_article else ""))
    if args.split_last:
        real = [p["index"] for p in parts if p["articles"]][-args.split_last:]
        m = args.split_into
        cut: list[dict] = []
        for p in parts:
            if p["index"] in real:
                piece = {**p, "seconds": (p["seconds"] + (m - 1) * args.split_cost) / m}
                cut += [{**piece, "articles": p["articles"] * (j + 1) // m - p["articles"] * j // m} for j in range(m)]
            else:
                cut.append(p)
        r = replay(cut, list(range(len(cut))), args.workers, cold=args.cold)
        print(f"input order, last {args.split_last} cut in {m} pieces (+{args.split_cost:.3f} s for each piece past the first): makespan "
              f"{r['makespan']:.2f} s (per worker {' / '.join(f'{x:.2f}' for x in r['loads'])}), {len(cut)} units")
    for r in runs:
        if r["workers"] == args.workers:
            # a partition in pieces ([ray] tail_pieces) counts each piece where it ran
            r["parts"] = [{**x, **u} for x in r["parts"] for u in x.get("pieces") or [x]]
            t0 = min(x["started_at"] for x in r["parts"])
            end = max(x["finished_at"] for x in r["parts"])
            print(f"measured {args.workers}-worker window: {r['window']:.2f} s")
            for pid in sorted({x["pid"] for x in r["parts"]}):
                mine = sorted((x for x in r["parts"] if x["pid"] == pid), key=lambda x: x["started_at"])
                print(f"  worker {pid}: partitions {[x['index'] for x in mine]}, busy {sum(x['seconds'] for x in mine):.2f} s, "
                      f"idle at the end {end - mine[-1]['finished_at']:.2f} s, first partition at {mine[0]['started_at'] - t0:.2f} s")


if __name__ == "__main__":
    main()
