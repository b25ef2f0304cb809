"""``[cli] torch`` A/B: fresh ``newsgraph`` processes (the venv's console script) per tree, alternating A B A B;
CPU s (user + sys) and peak RSS of each command, and whether the trees print the same.

    python bench/cli_torch_ab.py A=/path/to/old B=/path/to/new [--rounds 2] -- show ART --json --store S.duckdb

Each run goes through its own wrapper process, so RUSAGE_CHILDREN's peak RSS is that one command's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ONE = r"""
import hashlib, resource, subprocess, sys
r = subprocess.run([sys.argv[1], *sys.argv[2:]], capture_output=True, text=True)
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(r.returncode, f"{u.ru_utime + u.ru_stime:.2f}", f"{u.ru_maxrss / 1024:.0f}", hashlib.sha1(r.stdout.encode()).hexdigest()[:8])
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trees", nargs="+", help="NAME=PATH, run in this order each round")
    ap.add_argument("--rounds", type=int, default=2)
    argv = sys.argv[1:]
    cut = argv.index("--")  # then the newsgraph arguments
    a, cmd = ap.parse_args(argv[:cut]), argv[cut + 1:]
    script = str(Path(sys.executable).with_name("newsgraph"))
    trees = dict(t.split("=", 1) for t in a.trees)
    for rnd in range(a.rounds):
        for name, tree in trees.items():
            env = {**os.environ, "PYTHONPATH": tree, "OMP_NUM_THREADS": "1"}
            out = subprocess.run([sys.executable, "-c", ONE, script, *cmd], env=env, cwd=tree, capture_output=True, text=True)
            rc, cpu, rss, sha = out.stdout.split()
            print(f"round {rnd} {name}: rc {rc}  {cpu} CPU s  peak RSS {rss} MB  stdout sha1 {sha}", flush=True)


if __name__ == "__main__":
    main()
