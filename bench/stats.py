#!/usr/bin/env python3
"""Reads a Gatling report (index.html: Gatling 3.15 writes no stats.json) and prints
`rate ok ko p50 p95 p99` (requests per second, milliseconds) for one request name."""
import html
import re
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    page = f.read()
wanted = sys.argv[2]
for row in page.split("<tr id=")[1:]:
    name = re.search(r'class="ellipsed-name">([^<]*)</span>', row)
    if not name or html.unescape(name.group(1)).strip() != wanted:
        continue
    cells = dict(re.findall(r'<td class="value (?:total|ok|ko) col-(\d+)">([^<]*)</td>', row))
    def num(col):
        value = cells.get(str(col), "0").replace(",", "").replace("-", "0").strip()
        return float(value or 0)
    # Columns: 2 total, 3 ok, 4 ko, 5 ko %, 6 req/s, 7 min, 8 p50, 9 p75, 10 p95, 11 p99, 12 max.
    total, ko = num(2), num(4)
    rate = num(6) * ((total - ko) / total if total else 0)
    print("%.1f %d %d %d %d %d" % (rate, total - ko, ko, num(8), num(10), num(11)))
    sys.exit(0)
print("0 0 0 0 0 0")
