"""B-cubed precision/recall/F1 of story clustering on a dev set.

    python -m newsgraph.eval.stories tests/data/stories_dev.jsonl [--threshold X] [--window D]

The dev file lists quotes-de articles (path under ../shared/data/quotes-de/data, or
NEWSGRAPH_SHARED) with a gold story label. Articles are analysed by the configured
pipeline and fed to the clusterer one publication day at a time, as a stream.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    g_members: dict[str, set[str]] = defaultdict(set)
    p_members: dict[str, set[str]] = defaultdict(set)
    for i, g in gold.items():
        g_members[g].add(i)
    for i, p in pred.items():
        p_members[p].add(i)
    items = list(gold)
    prec = sum(len(p_members[pred[i]] & g_members[gold[i]]) / len(p_members[pred[i]]) for i in items) / len(items)
    rec = sum(len(p_members[pred[i]] & g_members[gold[i]]) / len(g_members[gold[i]]) for i in items) / len(items)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="newsgraph eval stories")
    ap.add_argument("file", nargs="?", default="tests/data/stories_dev.jsonl")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--window", type=int, default=None)
    ap.add_argument("--show", action="store_true", help="print the predicted stories")
    args = ap.parse_args(argv)

    from ..checks.perturb import shared_dir
    from ..model import Article, stable_id
    from ..pipeline import Pipeline
    from ..stories.cluster import Clusterer

    rows = [json.loads(line) for line in Path(args.file).read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if "file" in r]
    base = shared_dir() / "data/quotes-de/data"
    articles, gold = [], {}
    for r in rows:
        d = json.loads((base / r["file"]).read_text("utf-8"))
        text = d["originalText"]
        title = d["documentName"].split(" - ", 1)[-1].rsplit(" (", 1)[0]
        aid = stable_id("art", r["file"])
        articles.append(Article(id=aid, title=title, text=f"{title}\n{text}", language=r.get("language", "de"),
                                published=date.fromisoformat(r["published"]), outlet=r.get("outlet", "wikinews")))
        gold[aid] = r["story"]
    analyses = Pipeline().analyse(articles)
    overrides = {}
    if args.threshold is not None:
        overrides["threshold"] = args.threshold
    if args.window is not None:
        overrides["window_days"] = args.window
    cl = Clusterer(cluster=overrides)
    by_day: dict[date, list] = defaultdict(list)
    for a in analyses:
        by_day[a.article.published].append(a)
    for day in sorted(by_day):
        cl.add(by_day[day])
    pred = {aid: sid for sid, st in cl.stories.items() for aid in st.story.article_ids}
    p, r, f = bcubed(gold, pred)
    n_gold = len(set(gold.values()))
    print(f"stories on {args.file}: {len(gold)} articles, {n_gold} gold stories, {len(cl.stories)} predicted")
    print(f"B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if args.show:
        titles = {a.article.id: a.article.title for a in analyses}
        for sid, st in cl.stories.items():
            if len(st.story.article_ids) > 1 or not gold[st.story.article_ids[0]].startswith("solo"):
                print(sid, [(gold[i], titles[i][:40]) for i in st.story.article_ids])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
