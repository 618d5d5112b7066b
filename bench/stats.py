#!/usr/bin/env python3
"""Reads a Gatling stats.json: prints `rate ok ko p50 p95 p99` (req/s, ms) for one request name."""
import json
import sys


def find(node, name):
    if node.get("name") == name and node.get("type") == "REQUEST":
        return node
    for child in (node.get("contents") or {}).values():
        found = find(child, name)
        if found:
            return found
    return None


with open(sys.argv[1], encoding="utf-8") as f:
    root = json.load(f)
node = find(root, sys.argv[2])
if node is None:
    print("0 0 0 0 0 0")
    sys.exit(0)
s = node["stats"]
print("%.1f %d %d %d %d %d" % (
    s["meanNumberOfRequestsPerSecond"]["ok"], s["numberOfRequests"]["ok"], s["numberOfRequests"]["ko"],
    s["percentiles1"]["ok"], s["percentiles3"]["ok"], s["percentiles4"]["ok"]))
