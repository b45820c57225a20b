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


def peak_rss(key):
    """Peak RSS in MiB per tool for one input, from GNU time's %M (KiB)."""
    path = os.path.join(out, f"rss-{key}.txt")
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        rows = [line.rstrip("\n").split("\t") for line in f if "\t" in line]
    return {tool: int(kib) / 1024 for tool, kib in rows if kib.strip().isdigit()}


print("| input | " + " | ".join(columns) + " | kubelint ÷ parse-only (AOT / JIT) | peak RSS, kubelint AOT / JIT (parse-only AOT / JIT) |")
print("|---|" + "---|" * (len(columns) + 2))
for key, label in inputs:
    m = medians(key)
    if not m:
        continue
    cells = [ms(m[c]) if c in m else "—" for c in columns]
    ratio = f"{m['kubelint AOT'] / m['parse-only AOT']:.2f} / {m['kubelint JIT'] / m['parse-only JIT']:.2f}"
    rss = peak_rss(key)
    memory = " / ".join(f"{rss[t]:.0f}" if t in rss else "—" for t in ("kubelint AOT", "kubelint JIT"))
    memory += " (" + " / ".join(f"{rss[t]:.0f}" if t in rss else "—" for t in ("parse-only AOT", "parse-only JIT")) + ") MiB"
    print(f"| {label} | " + " | ".join(cells) + f" | {ratio} | {memory} |")

print()
print("| corpus | AOT, 1 thread | AOT, 2 threads | speed-up | JIT, 1 thread | JIT, 2 threads | speed-up |")
print("|---|---|---|---|---|---|---|")
for size in ("10MB", "100MB"):
    m = medians("jobs-" + size)
    if m:
        a1, a2, j1, j2 = (m[k] for k in ("AOT --jobs 1", "AOT --jobs 2", "JIT --jobs 1", "JIT --jobs 2"))
        print(f"| gen-corpus {size} | {ms(a1)} | {ms(a2)} | {a1 / a2:.2f}× | {ms(j1)} | {ms(j2)} | {j1 / j2:.2f}× |")

