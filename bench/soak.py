#!/usr/bin/env python3
"""Summarises a soak run (bench/soak) and prints Markdown: the rows of the results table
(5xx answers, latency and memory of the first window after the warm-up against the last
window, garbage collections) then a table of the memory samples.

    soak.py TIMINGS MEMORY GC_LOG

TIMINGS: one line per response received, `end,milliseconds,status,name` (end in epoch
milliseconds; PortalSimulation -Dtimings=). MEMORY: the sampler's CSV (bench/soak), with a
header; `live_mb` (heap used after the full GC the sampler asked for) is empty on the
samples without one. GC_LOG: the portal's GC log (-Xlog:gc, decorators timemillis and
uptime: `[<uptime>s][<epoch>ms] GC(n) Pause Full (<cause>) 224M->61M(247M) 241.527ms`).

Windows: the run's first min(5 min, a fifth) is the warm-up; the first window follows it,
the last window ends the run, each min(10 min, a third of what follows the warm-up) long.
The live heap is the heap used after each full GC (the sampler's and the JVM's own, the
GC log's); memory is flat when the median of the last window is at most 10 % above the
median of the first window (the median: a full GC amid requests in flight counts their
objects as live)."""
import csv
import math
import re
import sys

FLAT = 1.10


def percentile(values, p):
    if not values:
        return 0
    values = sorted(values)
    return values[max(0, min(len(values) - 1, math.ceil(p / 100.0 * len(values)) - 1))]


def slope_per_hour(points):
    """Least-squares slope of (seconds, value) points, per hour."""
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return 0.0
    return sum((x - mx) * (y - my) for x, y in points) / sxx * 3600


def minutes(seconds):
    return "%g" % round(seconds / 60.0, 1)


responses = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        parts = line.rstrip("\n").split(",", 3)
        if len(parts) == 4:
            responses.append((int(parts[0]) / 1000.0, int(parts[1]), int(parts[2]), parts[3]))
if not responses:
    sys.exit("soak.py: no response in " + sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    samples = list(csv.DictReader(f))
if not samples:
    sys.exit("soak.py: no memory sample in " + sys.argv[2])
GC = re.compile(r"\[(\d+)ms\].* Pause (Young|Full) \(([^)]*)\) (\d+)M->(\d+)M\(\d+M\) ([\d.]+)ms")
collections = []
with open(sys.argv[3], encoding="utf-8") as f:
    for line in f:
        m = GC.search(line)
        if m:
            collections.append((int(m.group(1)) / 1000.0, m.group(2), m.group(3), int(m.group(5)), float(m.group(6))))

start = min(end - ms / 1000.0 for end, ms, _, _ in responses)
length = max(end for end, _, _, _ in responses) - start
warm = min(300.0, length / 5)
window = min(600.0, (length - warm) / 3)
first = (warm, warm + window)
last = (length - window, length)


def inside(t, w):
    return w[0] <= t <= w[1]


rows = []

errors = [r for r in responses if r[2] >= 500]
busy = sum(1 for r in errors if r[2] == 503 and r[3].startswith("connexion"))
names = {}
for r in errors:
    names[r[3]] = names.get(r[3], 0) + 1
detail = ", ".join("%s × %d" % (k, v) for k, v in sorted(names.items()))
rows.append("| HTTP 5xx answers (%d responses) | %d%s | | | target 0%s | %s |" % (
    len(responses), len(errors), " (" + detail + ")" if detail else "",
    " (of which %d « réessayez » at sign-in, waited out)" % busy if busy else "",
    "met" if not errors else "missed"))


def latency(w):
    times = [ms for end, ms, status, _ in responses if inside(end - start, w) and status < 500]
    return len(times), [percentile(times, p) for p in (50, 95, 99)]


n1, l1 = latency(first)
n2, l2 = latency(last)
rows.append("| Latency, every request, minutes %s–%s → %s–%s | %d → %d responses | %s → %s ms | | reported (no target) | |" % (
    minutes(first[0]), minutes(first[1]), minutes(last[0]), minutes(last[1]), n1, n2,
    " / ".join(str(v) for v in l1), " / ".join(str(v) for v in l2)))

for s in samples:
    s["t"] = float(s["epoch_s"]) - start
live = [(at - start, after) for at, kind, _, after, _ in collections if kind == "Full"]
live1 = [v for t, v in live if inside(t, first)]
live2 = [v for t, v in live if inside(t, last)]
if live1 and live2:
    m1, m2 = percentile(live1, 50), percentile(live2, 50)
    rows.append("| Heap after a full GC (live), median of each window | %d → %d MB (%+.1f %%; %d and %d full GCs, ranges %d–%d and %d–%d MB) | | | target ≤ +%d %% | %s |" % (
        m1, m2, (m2 / m1 - 1) * 100, len(live1), len(live2), min(live1), max(live1), min(live2), max(live2),
        round((FLAT - 1) * 100), "met" if m2 <= FLAT * m1 else "missed"))
else:
    rows.append("| Heap after a full GC (live) | no full GC in a window (%d in all) | | | target ≤ +%d %% | missed |" % (
        len(live), round((FLAT - 1) * 100)))
after = [s for s in samples if s["t"] >= warm]
rss = [(s["t"], float(s["rss_mb"])) for s in after]
rss1 = [v for t, v in rss if inside(t, first)]
rss2 = [v for t, v in rss if inside(t, last)]
avg = lambda values: sum(values) / len(values) if values else 0
rows.append("| RSS of the portal, mean of each window | %d → %d MB, slope after the warm-up %+.1f MB/h (peak %d MB) | | | reported (no target) | |" % (
    avg(rss1), avg(rss2), slope_per_hour(rss), max(float(s["rss_mb"]) for s in samples)))
rows.append("| Heap after a full GC, slope after the warm-up | %+.1f MB/h | | | reported (no target) | |" % (
    slope_per_hour([(t, v) for t, v in live if t >= warm])))
during = [c for c in collections if 0 <= c[0] - start <= length]
young = [c[4] for c in during if c[1] == "Young"]
full = [c[4] for c in during if c[1] == "Full" and c[2] != "Diagnostic Command"]
asked = [c[4] for c in during if c[2] == "Diagnostic Command"]
rows.append("| Garbage collections during the soak | %d young (pause p99 %.0f ms), %d full of the JVM's own (one every %.0f s, pause p50 %.0f ms, max %.0f ms), %d asked by the sampler | | | reported (no target) | |" % (
    len(young), percentile(young, 99), len(full), length / len(full) if full else 0, percentile(full, 50),
    max(full) if full else 0, len(asked)))

print("\n".join(rows))
print()
print("Memory samples (every %s; heap figures from `jstat -gc`, live heap from the GC log after" % (
    "%d s" % round((float(samples[-1]["epoch_s"]) - float(samples[0]["epoch_s"])) / (len(samples) - 1))
    if len(samples) > 1 else "sample"))
print("the sampler's `jcmd GC.run`), one line per %s minutes of run:" % minutes(max(60.0, length / 12)))
print()
print("| Minute | RSS MB | Heap used / committed MB | Old gen used MB | Live after full GC MB | Metaspace MB | Young / full GCs |")
print("|---|---|---|---|---|---|---|")
step = max(60.0, length / 12)
shown = -step
lastlive = ""
for s in samples:
    if s.get("live_mb"):
        lastlive = s["live_mb"]
    if s["t"] - shown >= step or s is samples[-1]:
        shown = s["t"]
        print("| %s | %s | %s / %s | %s | %s | %s | %s / %s |" % (
            minutes(max(0.0, s["t"])), s["rss_mb"], s["heap_used_mb"], s["heap_committed_mb"], s["old_used_mb"],
            lastlive or "", s["metaspace_mb"], s["young_gcs"], s["full_gcs"]))
