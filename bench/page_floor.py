#!/usr/bin/env python3
"""The raw SQL floor of a page: what the server sent to PostgreSQL while it served some page requests.

Reads PostgreSQL's log from a byte offset (log_min_duration_statement = 0 while the pages were
fetched, so every statement is there with its parameters), keeps the statements of the database
named, puts each statement's parameters in, and runs every read again as EXPLAIN ANALYZE in one warm
session, four times: the median of the last three is its time. Prints the sum per page, the number of
statements per page and the writes it left out (a page view writes nothing of the case, but signing
in stamps the account). Round trips, connection validation and commits are not in the floor.

usage: page_floor.py LOG OFFSET DATABASE PAGES [LISTING]
"""
import json
import re
import subprocess
import sys

log, offset, database, pages = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
PREFIX = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] \S+@(\S+) (LOG|DETAIL):  (.*)$")

with open(log, "rb") as f:
    f.seek(offset)
    lines = f.read().decode("utf-8", "replace").splitlines()

statements, pending = [], {}
for line in lines:
    m = PREFIX.match(line)
    if not m or m.group(2) != database:
        continue
    pid, kind, text = m.group(1), m.group(3), m.group(4)
    if kind == "LOG":
        # parse and bind are logged too, each with the parameters after it: only an execute (or a
        # simple statement) is a statement run, and only its own DETAIL line belongs to it
        s = re.match(r"duration: [\d.]+ ms  (?:execute [^:]*|statement): (.*)$", text)
        pending[pid] = [s.group(1), {}] if s else None
        if s:
            statements.append(pending[pid])
    elif kind == "DETAIL" and pending.get(pid) and text.startswith("parameters: "):
        for name, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", text):
            pending[pid][1][int(name)] = value

reads, writes, explains = [], 0, []
for sql, params in statements:
    head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
    if sql.strip().upper() in ("SELECT 1", "COMMIT", "BEGIN", "ROLLBACK") or head in ("SET", "SHOW"):
        continue
    if head not in ("SELECT", "WITH"):
        writes += 1
        continue
    bound = re.sub(r"\$(\d+)\b", lambda m: params.get(int(m.group(1)), "NULL"), sql)
    reads.append(bound)
    explains.extend(["EXPLAIN (ANALYZE, FORMAT JSON) " + bound + ";"] * 4)

if not reads:
    print("page SQL floor: no statements found in the log")
    sys.exit(0)
out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-At", "-X", "-q"],
                     input="\n".join(explains), capture_output=True, text=True, check=True).stdout
decoder, i, times = json.JSONDecoder(), 0, []
while i < len(out):
    if out[i].isspace():
        i += 1
        continue
    plan, i = decoder.raw_decode(out, i)
    times.append(plan[0]["Execution Time"])
medians = [sorted(times[k + 1:k + 4])[1] for k in range(0, len(times), 4)]
total = sum(medians)
if len(sys.argv) > 5:  # a file to list each read with its time in
    with open(sys.argv[5], "w") as listing:
        for sql, ms in zip(reads, medians):
            listing.write(f"{ms:.3f} ms  {sql}\n")
print(f"page SQL floor: {total / pages:.2f} ms a page ({len(reads) / pages:.1f} reads a page,"
      f" {writes} writes left out, over {pages} pages)")
