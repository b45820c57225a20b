#!/usr/bin/env python3
"""Turns bench/run's hyperfine JSON files into the Markdown tables the README shows."""
import json
import os
import statistics
import sys

out = sys.argv[1]


def medians(name):
    path = os.path.join(out, name + ".json")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return {r["command"]: statistics.median(r["times"]) for r in json.load(f)["results"]}


def ms(seconds):
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


inputs = [("small", "one 2.5 KB manifest"), ("corpus-1MB", "gen-corpus 1 MB"), ("corpus-10MB", "gen-corpus 10 MB"),
          ("corpus-100MB", "gen-corpus 100 MB"), ("shared-corpus", "../shared/corpus (73 MB, 5,653 files)")]
columns = ["kubelint AOT", "kubelint JIT", "parse-only AOT", "parse-only JIT", "yamllint"]
print("| input | " + " | ".join(columns) + " | kubelint ÷ parse-only (AOT / JIT) |")
print("|---|" + "---|" * (len(columns) + 1))
for key, label in inputs:
    m = medians(key)
    if not m:
        continue
    cells = [ms(m[c]) if c in m else "—" for c in columns]
    ratio = f"{m['kubelint AOT'] / m['parse-only AOT']:.2f} / {m['kubelint JIT'] / m['parse-only JIT']:.2f}"
    print(f"| {label} | " + " | ".join(cells) + f" | {ratio} |")

print()
print("| corpus | AOT, 1 thread | AOT, 2 threads | speed-up | JIT, 1 thread | JIT, 2 threads | speed-up |")
print("|---|---|---|---|---|---|---|")
for size in ("10MB", "100MB"):
    m = medians("jobs-" + size)
    if m:
        a1, a2, j1, j2 = (m[k] for k in ("AOT --jobs 1", "AOT --jobs 2", "JIT --jobs 1", "JIT --jobs 2"))
        print(f"| gen-corpus {size} | {ms(a1)} | {ms(a2)} | {a1 / a2:.2f}× | {ms(j1)} | {ms(j2)} | {j1 / j2:.2f}× |")

for flavour in ("aot", "jit"):
    path = os.path.join(out, f"rss-{flavour}.txt")
    if os.path.exists(path):
        with open(path) as f:
            kib = int(f.read().split()[-1])
        print(f"\nPeak RSS, 100 MB corpus, {flavour.upper()}: {kib / 1024:.0f} MiB", end="")
print()
