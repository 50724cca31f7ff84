#!/usr/bin/env python3
"""Measures the running tracker row by row with wrk, interleaved in rounds, and writes the table.

Every round runs every row once, so that a machine busy with something else slows both sides of a comparison
alike. For each row it reports requests per second over all rounds, the median of the rounds' p50 and the worst
of their p99, errors (non-2xx/3xx answers and socket errors), the CPU time the app and its database spent per
request, and the ratio of its throughput to the baseline's (a page that does no database work).
A row whose single request takes longer than a few seconds is not loaded: its one timed request is reported.
"""

import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
TICKS = os.sysconf("SC_CLK_TCK")
SLOW_SECONDS = 4.0
# A reader who holds a session cookie is given every page made anew (only readers without one are served the
# answers kept per version of the data); the cookie need not name a live session, but it is read as the app writes
# it, Base64 ("bench-reader"): a value that does not decode is ignored as no session at all.
SESSION = "SESSION=YmVuY2gtcmVhZGVy"


def psql(args, sql):
    out = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "postgres", "-d", "postgres", "-Atc", sql],
        check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def process_ticks(pid, children_too=False):
    """User and system CPU ticks of a process; with children_too, also those of its children it has waited for."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    ticks = int(fields[11]) + int(fields[12])
    return ticks + int(fields[13]) + int(fields[14]) if children_too else ticks


def cpu_ticks(pids):
    """CPU ticks of the app and the whole database: pids is (app, postmaster). The database's processes are listed
    afresh each time (backends and parallel workers come and go), and those that ended are counted in the
    postmaster's children's time, so the total only grows."""
    if not pids:
        return 0  # a row run beside another, whose CPU time that one counts
    app, postmaster = pids
    total = process_ticks(app) + process_ticks(postmaster, children_too=True)
    for child in database_pids(postmaster)[1:]:
        total += process_ticks(child)
    return total


def database_pids(postmaster):
    children = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                if ppid == postmaster:
                    children.append(int(name))
            except (FileNotFoundError, ProcessLookupError, ValueError):
                pass
    return [postmaster] + children


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def millis(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse_wrk(out):
    """Reads a run's count, errors and latencies: p50 and p99 as the requests took them (timing.lua's line), and
    wrk's own p99, which adds the waits of requests a steady client would have sent meanwhile."""
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    seconds = millis(re.search(r"requests in ([\d.]+\w+),", out).group(1)) / 1000
    taken = re.search(r"^taken \d+ p50 (\S+) p99 (\S+)", out, re.M)
    corrected = re.search(r"^\s+99%\s+(\S+)", out, re.M)
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non2xx.group(1)) if non2xx else 0
    return {"requests": requests, "seconds": seconds, "p50": millis(taken.group(1)) if taken else None,
            "p99": millis(taken.group(2)) if taken else None, "errors": errors,
            "corrected": millis(corrected.group(1)) if corrected else None}


class Row:
    def __init__(self, key, what, paths, connections, target, script=None, env=None, kept=False):
        self.key, self.what, self.paths, self.connections, self.target = key, what, paths, connections, target
        self.script, self.env, self.kept = script, env or {}, kept
        self.runs, self.cpu, self.single = [], 0, None

    def url(self, base):
        return base + self.paths[0]


def single(base, path, kept=False):
    started = time.monotonic()
    request = urllib.request.Request(base + path, headers={} if kept else {"Cookie": SESSION})
    try:
        with urllib.request.urlopen(request, timeout=600) as answer:
            size = len(answer.read())
            status = answer.status
    except urllib.error.HTTPError as answer:
        size, status = len(answer.read()), answer.code
        print(f"{path}: {status}", flush=True)
    return time.monotonic() - started, size, status


def run_row(args, row, pids):
    env = dict(os.environ, BENCH_HERE=HERE, **row.env)
    # One thread a connection: timing.lua reads each request's time from its thread's pace.
    command = ["wrk", "-t", str(row.connections), "-c", str(row.connections), "-d", f"{args.seconds}s",
               "--latency", "--timeout", "30s"]
    if not row.kept:
        command += ["-H", "Cookie: " + SESSION]
    if len(row.paths) > 1:
        paths = tempfile.NamedTemporaryFile("w", delete=False, suffix=".txt")
        paths.write("\n".join(row.paths) + "\n")
        paths.close()
        env["BENCH_PATHS"] = paths.name
        command += ["-s", os.path.join(HERE, "paths.lua")]
    else:
        command += ["-s", os.path.join(HERE, row.script or "timing.lua")]
    command.append(row.url(args.base))
    before = cpu_ticks(pids)
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    row.cpu += cpu_ticks(pids) - before
    row.runs.append(parse_wrk(out))


def summary(row):
    if row.single is not None:
        seconds, size, status = row.single
        return {"rps": 1 / seconds, "p50": seconds * 1000, "p99": seconds * 1000, "corrected": None,
                "errors": 0 if status < 400 else 1, "cpu": None, "note": f"one request, {size / 1e6:.1f} MB"}
    requests = sum(r["requests"] for r in row.runs)
    seconds = sum(r["seconds"] for r in row.runs)

    def worst(key):
        values = [r[key] for r in row.runs if r[key] is not None]
        return max(values) if values else None

    p50s = [r["p50"] for r in row.runs if r["p50"] is not None]
    return {"rps": requests / seconds if seconds else 0,
            "p50": statistics.median(p50s) if p50s else None,
            "p99": worst("p99"), "corrected": worst("corrected"),
            "errors": sum(r["errors"] for r in row.runs),
            "cpu": row.cpu * 1000 / TICKS / requests if requests else None, "note": ""}


def fmt(value, unit=""):
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}{unit}"
    return f"{value:.1f}{unit}" if value >= 1 else f"{value:.2f}{unit}"


def export_rate(args):
    started = time.monotonic()
    size = 0
    with urllib.request.urlopen(args.base + "/timeline.csv", timeout=1800) as answer:
        while chunk := answer.read(1 << 20):
            size += len(chunk)
    seconds = time.monotonic() - started
    return size, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True)
    parser.add_argument("--app-pid", type=int, required=True)
    parser.add_argument("--pg-data", required=True)
    parser.add_argument("--pg-port", type=int, required=True)
    parser.add_argument("--token", required=True, help="an editor's writing API token, for the write row")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    with open(os.path.join(args.pg_data, "postmaster.pid")) as f:
        postmaster = int(f.readline())
    pids = (args.app_pid, postmaster)

    counts = dict(zip(["entries", "incidents", "acts", "bodies", "statements"], psql(args, """
        select (select count(*) from timeline_entry) || E'\\n' || (select count(*) from airspace_incident)
            || E'\\n' || (select count(*) from legal_act) || E'\\n' || (select count(*) from government_body)
            || E'\\n' || (select count(*) from statement)""")))
    demo_act = psql(args, "select min(id) from legal_act where coalesce(official_number, '') not like 'SYN-%'")[0]
    acts = psql(args, "select id from legal_act where official_number like 'SYN-%' order by random() limit 300")
    big_body = psql(args, "select issuing_body_id from legal_act group by 1 order by count(*) desc limit 1")[0]
    source = psql(args, "select min(id) from source")[0]
    years = range(2001, 2025)
    rare = "emergency"

    rows = [
        Row("baseline", "`/search` without words (no database work), 16 connections", ["/search"], 16, "baseline"),
        Row("search-kept", "`/search` without words, 16 connections, kept", ["/search"], 16, "–", kept=True),
        Row("css", "a static CSS file, 16 connections", ["/css/app.css"], 16, "–"),
        Row("timeline", "`/timeline` page 1, 16 connections, kept", ["/timeline"], 16,
            "≥ 1/2 of baseline, p99 < 50 ms", kept=True),
        Row("timeline-made", "`/timeline` page 1, 16 connections", ["/timeline"], 16, "–"),
        Row("timeline-varied", "`/timeline`, every request a different filter, 16 connections",
            [f"/timeline?from={y}-01-01&kind={k}" for y in years for k in ("INCIDENT", "ACT_STAGE", "STATEMENT")],
            16, "≥ 15% of baseline"),
        Row("api-timeline", "`/api/v1/timeline` page 1, 16 connections, kept", ["/api/v1/timeline"], 16, "–",
            kept=True),
        Row("timeline-1", "`/timeline` page 1, 1 connection", ["/timeline"], 1, "–"),
        Row("timeline-deep", "`/timeline?at=2001-06-01` (deep), 1 connection", ["/timeline?at=2001-06-01"], 1,
            "≤ 1.3 × page 1"),
        Row("range", "`from`/`to` ranges, 1 connection",
            [f"/timeline?from={y}-03-01&to={y}-05-31" for y in years], 1, "p99 < 100 ms"),
        Row("act-demo", f"`/acts/{demo_act}` (the demo's act), 1 connection", [f"/acts/{demo_act}"], 1, "< 50 ms"),
        Row("act-any", "`/acts/{id}` of generated acts, 1 connection", [f"/acts/{a}" for a in acts], 1, "< 50 ms"),
        Row("acts", "`/acts` list, 1 connection", ["/acts"], 1, "paged, < 50 ms"),
        Row("body-big", f"`/bodies/{big_body}` (the body that issued most acts), 1 connection",
            [f"/bodies/{big_body}"], 1, "paged, < 50 ms"),
        Row("sources", "`/sources`, 1 connection", ["/sources"], 1, "paged, < 50 ms"),
        Row("q-frequent-timeline", "`/timeline?q=synthetic` (a word in most entries), 1 connection",
            ["/timeline?q=synthetic"], 1, "p99 < 100 ms"),
        Row("q-frequent-search", "`/search?q=synthetic`, 1 connection", ["/search?q=synthetic"], 1, "p99 < 100 ms"),
        Row("q-frequent-api", "`/api/v1/search?q=synthetic`, 1 connection", ["/api/v1/search?q=synthetic"], 1,
            "p99 < 100 ms"),
        Row("q-rare-search", f"`/search?q={rare}` (a rare word), 1 connection", [f"/search?q={rare}"], 1,
            "p99 < 100 ms"),
        Row("q-rare-timeline", f"`/timeline?q={rare}`, 1 connection", [f"/timeline?q={rare}"], 1, "p99 < 100 ms"),
        Row("feed", "`/feed.atom`, 1 connection", ["/feed.atom"], 1, "< 20 ms"),
        Row("timeline-4", "`/timeline` page 1, 4 connections, kept", ["/timeline"], 4, "–", kept=True),
        Row("writes", "`POST /api/v1/incidents`, 4 clients", ["/api/v1/incidents"], 4, "≥ 100 writes/s",
            script="incidents.lua", env={"BENCH_TOKEN": args.token, "BENCH_SOURCE": source}),
        Row("timeline-writes", "`/timeline` page 1, 4 connections, kept, while the writes run", ["/timeline"], 4,
            "p99 as without writes", kept=True),
    ]

    idle_rss = rss_mib(args.app_pid)
    for row in rows:
        if row.key in ("writes", "timeline-writes"):
            continue
        single(args.base, row.paths[0], row.kept)  # the first request of a page also compiles its template
        seconds, size, status = single(args.base, row.paths[0], row.kept)
        if seconds > SLOW_SECONDS:
            row.single = (seconds, size, status)
            print(f"{row.key}: {seconds:.1f} s for one request; not loaded", flush=True)
    peak_rss = idle_rss
    for round_number in range(1, args.rounds + 1):
        for row in rows:
            if row.key == "timeline-writes":
                continue
            if row.key == "writes":
                with ThreadPoolExecutor(1) as beside:
                    reads = beside.submit(run_row, args, rows[-1], [])
                    run_row(args, row, pids)
                    reads.result()
            elif row.single is None:
                run_row(args, row, pids)
                peak_rss = max(peak_rss, rss_mib(args.app_pid))
                s = summary(row)
                print(f"round {round_number} {row.key}: {fmt(s['rps'])} req/s, p99 {fmt(s['p99'])} ms", flush=True)
    size, seconds = export_rate(args)
    peak_rss = max(peak_rss, rss_mib(args.app_pid))
    write(args, rows, counts, idle_rss, peak_rss, size, seconds)


def write(args, rows, counts, idle_rss, peak_rss, size, seconds):
    by_key = {row.key: summary(row) for row in rows}
    baseline = by_key["baseline"]["rps"]
    cores = os.cpu_count()
    with open("/proc/meminfo") as f:
        memory = int(f.readline().split()[1]) / 1024 / 1024
    lines = [
        "# Benchmarks",
        "",
        "Measured by `bench/run` (see the Benchmarks note in [development.md](development.md)): the app, its database and wrk on",
        "one machine, every row once per round, rounds interleaved; requests/s over all rounds, p50 the rounds'",
        "median, p99 the worst round's. CPU is the app's and the database's per request. Ratios are to the baseline.",
        "Rows marked *kept* are read as a reader without a session reads them: the same address again is answered",
        "from the page kept for that version of the data. The others carry a session cookie, so every answer is made",
        "anew (what a signed-in reader, or the first reader of a view, waits for).",
        "",
        f"- **When**: {datetime.date.today().isoformat()}; {args.rounds} rounds of {args.seconds} s a row.",
        f"- **Machine**: {platform.system()} {platform.machine()}, {cores} cores, {memory:.0f} GiB;"
        f" {platform.python_implementation()} for the harness, wrk for the load.",
        f"- **Data**: {int(counts['entries']):,} timeline entries: {int(counts['incidents']):,} incidents,"
        f" {int(counts['acts']):,} acts, {int(counts['bodies']):,} bodies, {int(counts['statements']):,} statements.",
        "",
        "| what | requests/s | × baseline | p50 ms | p99 ms | wrk's p99 ms | errors | CPU ms/request | target |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        s = by_key[row.key]
        what = row.what + (f" ({s['note']})" if s["note"] else "")
        lines.append(f"| {what} | {fmt(s['rps'])} | {fmt(s['rps'] / baseline) if baseline else '–'} | "
                     f"{fmt(s['p50'])} | {fmt(s['p99'])} | {fmt(s['corrected'])} | {s['errors']} | {fmt(s['cpu'])} | "
                     f"{row.target} |")
    lines += ["", "p50 and p99 are what the requests took, by the client's clock (`bench/timing.lua`). wrk's p99 adds,"
              " for every slow answer, the answers that requests sent at the run's average rate would have waited"
              " for meanwhile (its correction for coordinated omission): what readers arriving at a steady pace would"
              " have seen, not what any request took."]
    deep = by_key["timeline-deep"]["p50"]
    first = by_key["timeline-1"]["p50"]
    lines += [
        "",
        f"- **Deep page**: p50 of `/timeline?at=2001-06-01` is {fmt(deep / first if deep and first else None)} ×"
        " page 1's at one connection (target ≤ 1.3 ×).",
        f"- **CSV export** of the whole timeline: {size / 1e6:,.0f} MB in {seconds:.1f} s ="
        f" {size / 1e6 / seconds:.1f} MB/s (target ≥ 50 MB/s).",
        f"- **Memory**: the app's RSS {idle_rss:.0f} MiB before the load, {peak_rss:.0f} MiB at its highest"
        " (target < 768 MiB).",
        "",
    ]
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
