#!/usr/bin/env python3
"""Issue 11 experiment: refit the hand-set scorer's constants, one cluster left out at a time.

Runs `parallax eval --suite` (a binary built with scorer-constants.patch) over a grid of the
hand-set constants and the link threshold, then, for each cluster, picks the setting with the
best mean match F1 over the five others (ties: nearest today's defaults) and reports the
cluster's F1 under it. Rows are appended to OUT as JSON lines, so a stopped run can be read
as it stands (`--analyse-only` reads OUT without running anything).

    python3 scorer_grid.py PARALLAX OUT.jsonl [--analyse-only] [--near-miss-cost C]

With PX_BACKGROUND=FILE in the environment, every run weighs keys by that background table
(`parallax build-df ../shared/corpora/news -o FILE`). Run from the repository's root.
"""
import itertools
import json
import os
import subprocess
import sys
from multiprocessing import Pool

GRID = {
    "PX_CLAUSE_FACTOR": [0.5, 0.6, 0.7],
    "PX_DIFFERENT_EVENTS_FACTOR": [0.5, 0.6, 0.7, 0.85, 1.0],
    "PX_NUMBER_WEIGHT": [0.6, 0.8, 1.0],
    "PX_LOCAL_SPREAD": [10, 20, 40],
    "PX_KEEP_RATIO": [0.4, 0.5, 0.6],
    "PX_MIN_NEW_EVIDENCE": [0.03, 0.05, 0.08],
    "threshold": [0.19, 0.20, 0.21, 0.22, 0.23, 0.24, 0.25],
}
DEFAULT = (0.6, 0.7, 0.8, 20, 0.5, 0.05, 0.22)


def run(args):
    binary, values = args
    env = dict(os.environ)
    for name, value in zip(GRID, values):
        if name.startswith("PX_"):
            env[name] = str(value)
    out = f"/tmp/scorer-grid-{os.getpid()}.json"
    subprocess.run(
        [binary, "eval", "--suite", "../shared/eval", "--threshold", str(values[-1]), "--json", out],
        env=env, capture_output=True, check=True)
    clusters = json.load(open(out))["clusters"]
    return values, [[c["name"], c["f1"], c["near_misses_linked"], c["conflicts_found"],
                     c["hard_conflicts_found"]] for c in clusters]


def analyse(path, near_miss_cost):
    table = {}
    for line in open(path):
        values, clusters = json.loads(line)
        table[tuple(values)] = {c[0]: c[1:] for c in clusters}
    names = list(next(iter(table.values())))

    def distance(v):
        return sum(abs(a - b) / b for a, b in zip(v, DEFAULT))

    def merit(v, among):
        return sum(table[v][n][0] - near_miss_cost * table[v][n][1] for n in among) / len(among)

    def summary(v):
        return "macro F1 %.4f, near misses %d" % (
            sum(table[v][n][0] for n in names) / len(names), sum(table[v][n][1] for n in names))

    print(f"{len(table)} settings; defaults {DEFAULT}: {summary(DEFAULT)}")
    best = max(table, key=lambda v: (merit(v, names), -distance(v)))
    print(f"best on all six (in-sample) {best}: {summary(best)}")
    f1s, near = [], 0
    for held in names:
        rest = [n for n in names if n != held]
        chosen = max(table, key=lambda v: (merit(v, rest), -distance(v)))
        f1, misses, conflicts, hard = table[chosen][held]
        f1s.append(f1)
        near += misses
        print(f"  {held:28} {chosen} F1 {f1:.4f} (defaults {table[DEFAULT][held][0]:.4f}), "
              f"near misses {misses}, conflicts {conflicts} (hard {hard})")
    print("left out: macro F1 %.4f, near misses %.2f a cluster" % (sum(f1s) / len(f1s), near / len(f1s)))


def main():
    binary, out = sys.argv[1], sys.argv[2]
    cost = float(sys.argv[sys.argv.index("--near-miss-cost") + 1]) if "--near-miss-cost" in sys.argv else 0.0
    if "--analyse-only" not in sys.argv:
        done = set()
        if os.path.exists(out):
            done = {tuple(json.loads(line)[0]) for line in open(out)}
        todo = [(binary, v) for v in itertools.product(*GRID.values()) if v not in done]
        with Pool(2) as pool, open(out, "a") as sink:
            for values, clusters in pool.imap_unordered(run, todo, chunksize=8):
                sink.write(json.dumps([list(values), clusters]) + "\n")
                sink.flush()
    analyse(out, cost)


if __name__ == "__main__":
    main()
