#!/usr/bin/env python3
"""Runs shell commands in interleaved rounds (A B A B ...) and prints each one's median wall time
and processor time (user + system, its children included) as JSON: on a machine whose speed drifts
within minutes, commands timed one block after another are compared across different speeds.
Usage: interleave.py RUNS COMMAND...   (one warm-up round first, not counted)"""
import json
import resource
import statistics
import subprocess
import sys
import time


def timed(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


runs, commands = int(sys.argv[1]), sys.argv[2:]
for command in commands:
    timed(command)
samples = {command: [] for command in commands}
for _ in range(runs):
    for command in commands:
        samples[command].append(timed(command))
print(json.dumps([
    {"command": c, "wall": statistics.median(w for w, _ in s), "cpu": statistics.median(p for _, p in s)}
    for c, s in samples.items()
]))
