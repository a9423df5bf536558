#!/usr/bin/env python3
"""Helpers for scripts/bench.sh: JSON fields, job polling, percentiles, wrk and RSS parsing.

Only the standard library; HTTP goes straight to the server (http.client, no proxy).

  qmbench.py field PATH            JSON on stdin -> the value at a dotted PATH (data.token)
  qmbench.py wait BASE TIMEOUT ID...   poll GET BASE/jobs/{id} every QM_BENCH_POLL seconds
                                   (default 0.2) until every job has ended; the bearer token
                                   is read from the environment (QM_BENCH_TOKEN); prints JSON
  qmbench.py pct                   seconds on stdin, one a line -> JSON of ms figures
  qmbench.py wrk                   `wrk --latency` output on stdin -> JSON
  qmbench.py rss FILE              "epoch kB" lines -> JSON (peak, first, samples)
  qmbench.py latency BASE N PATH...    N sequential GETs of BASE+PATH (the paths taken in turn)
                                   over one kept-alive connection, bearer token QM_BENCH_TOKEN;
                                   prints JSON of ms figures and how many were not 200
"""

import http.client
import json
import math
import os
import re
import sys
import time
import urllib.parse

ENDED = {"completed", "failed", "cancelled"}


def fail(msg):
    print("qmbench: " + msg, file=sys.stderr)
    sys.exit(2)


def cmd_field(path):
    try:
        value = json.load(sys.stdin)
    except ValueError as e:
        fail("not JSON: %s" % e)
    for key in path.split("."):
        if isinstance(value, dict) and key in value:
            value = value[key]
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            fail("no field %s" % path)
    if value is None:
        fail("field %s is null" % path)
    print(value if isinstance(value, (str, int, float)) else json.dumps(value))


def parse_time(s):
    """ISO-8601 UTC (with or without fraction) -> epoch seconds, or None."""
    if not s:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z?$", s)
    if not m:
        return None
    import calendar

    whole = calendar.timegm(tuple(int(g) for g in m.groups()[:6]))
    return whole + (float(m.group(7)) if m.group(7) else 0.0)


class Client:
    def __init__(self, base, token):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.prefix = u.path.rstrip("/")
        self.headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
        self.conn = None

    def get(self, path):
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.conn.request("GET", self.prefix + path, headers=self.headers)
                r = self.conn.getresponse()
                body = r.read()
                return r.status, body
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
        raise AssertionError


def cmd_wait(base, timeout, ids):
    token = os.environ.get("QM_BENCH_TOKEN")
    if not token:
        fail("QM_BENCH_TOKEN is not set")
    interval = float(os.environ.get("QM_BENCH_POLL", "0.2"))
    client = Client(base, token)
    pending = list(dict.fromkeys(ids))
    jobs = {}
    deadline = time.time() + float(timeout)
    down_since = None
    polls = 0
    while pending and time.time() < deadline:
        still = []
        for jid in pending:
            try:
                status, body = client.get("/jobs/" + jid)
                down_since = None
            except (OSError, http.client.HTTPException) as e:
                down_since = down_since or time.time()
                if time.time() - down_since > 30:
                    fail("the server stopped answering while polling: %s" % e)
                still.append(jid)
                continue
            polls += 1
            if status != 200:
                fail("GET /jobs/%s answered %d: %s" % (jid, status, body[:300].decode("utf-8", "replace")))
            data = json.loads(body).get("data") or {}
            if data.get("status") in ENDED:
                result = data.get("result") or []
                items = [r.get("status") for r in result if isinstance(r, dict)] if isinstance(result, list) else []
                created = parse_time(data.get("created_at"))
                started = parse_time(data.get("started_at"))
                completed = parse_time(data.get("completed_at"))
                jobs[jid] = {
                    "status": data.get("status"),
                    "seen_at": time.time(),
                    "items": len(items),
                    "items_failed": sum(1 for s in items if s != "completed"),
                    "server_seconds": (completed - created) if created and completed else None,
                    "queue_seconds": (started - created) if created and started else None,
                    "error": data.get("error"),
                    "bytes": len(body),
                }
            else:
                still.append(jid)
        pending = still
        if pending:
            time.sleep(interval)
    statuses = {}
    for j in jobs.values():
        statuses[j["status"]] = statuses.get(j["status"], 0) + 1
    out = {
        "end": max((j["seen_at"] for j in jobs.values()), default=time.time()),
        "ended": len(jobs),
        "timed_out": pending,
        "statuses": statuses,
        "items": sum(j["items"] for j in jobs.values()),
        "items_failed": sum(j["items_failed"] for j in jobs.values()),
        "errors": sorted({str(j["error"]) for j in jobs.values() if j["error"]})[:5],
        "polls": polls,
        "jobs": jobs,
    }
    print(json.dumps(out))


def nearest_rank(sorted_values, p):
    k = max(1, math.ceil(p / 100.0 * len(sorted_values)))
    return sorted_values[k - 1]


def cmd_pct():
    vals = sorted(float(line) for line in sys.stdin if line.strip())
    if not vals:
        fail("no samples")
    ms = [v * 1000.0 for v in vals]
    print(json.dumps({
        "n": len(ms),
        "min": ms[0],
        "p50": nearest_rank(ms, 50),
        "p90": nearest_rank(ms, 90),
        "p99": nearest_rank(ms, 99),
        "max": ms[-1],
        "mean": sum(ms) / len(ms),
    }))


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def cmd_wrk():
    text = sys.stdin.read()
    out = {"rps": None, "p50": None, "p99": None, "requests": None, "non2xx": 0, "socket_errors": None}
    m = re.search(r"Requests/sec:\s*([\d.]+)", text)
    if m:
        out["rps"] = float(m.group(1))
    for p in ("50", "99"):
        m = re.search(r"^\s*%s(?:\.0+)?%%\s+([\d.]+)(us|ms|s|m)\s*$" % p, text, re.M)
        if m:
            out["p" + p] = to_ms(m.group(1), m.group(2))
    m = re.search(r"(\d+) requests in", text)
    if m:
        out["requests"] = int(m.group(1))
    m = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", text)
    if m:
        out["non2xx"] = int(m.group(1))
    m = re.search(r"Socket errors:(.*)", text)
    if m:
        out["socket_errors"] = m.group(1).strip()
    print(json.dumps(out))


def cmd_rss(path):
    vals = []
    try:
        with open(path) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2 and parts[1].isdigit():
                    vals.append(int(parts[1]))
    except OSError:
        pass
    if not vals:
        print(json.dumps({"samples": 0}))
        return
    print(json.dumps({"samples": len(vals), "first_mib": vals[0] / 1024.0,
                      "middle_mib": vals[len(vals) // 2] / 1024.0,
                      "peak_mib": max(vals) / 1024.0, "last_mib": vals[-1] / 1024.0}))


def cmd_latency(base, n, paths):
    url = urllib.parse.urlparse(base)
    token = os.environ.get("QM_BENCH_TOKEN", "")
    conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
    headers = {"Authorization": "Bearer " + token}
    times, bad, first_bad = [], 0, None
    for i in range(int(n)):
        path = url.path.rstrip("/") + paths[i % len(paths)]
        t0 = time.perf_counter()
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        body = resp.read()
        times.append((time.perf_counter() - t0) * 1000.0)
        if resp.status != 200:
            bad += 1
            if first_bad is None:
                first_bad = "%d %s: %s" % (resp.status, path, body[:200].decode("utf-8", "replace"))
    conn.close()
    ms = sorted(times)
    print(json.dumps({"n": len(ms), "not_200": bad, "first_not_200": first_bad,
                      "p50": nearest_rank(ms, 50), "p99": nearest_rank(ms, 99), "max": ms[-1]}))


def main(argv):
    if len(argv) < 2:
        fail("usage: see the top of this file")
    cmd = argv[1]
    if cmd == "field" and len(argv) == 3:
        cmd_field(argv[2])
    elif cmd == "wait" and len(argv) >= 5:
        cmd_wait(argv[2], argv[3], argv[4:])
    elif cmd == "pct":
        cmd_pct()
    elif cmd == "wrk":
        cmd_wrk()
    elif cmd == "rss" and len(argv) == 3:
        cmd_rss(argv[2])
    elif cmd == "latency" and len(argv) >= 5:
        cmd_latency(argv[2], argv[3], argv[4:])
    else:
        fail("unknown command or wrong arguments: %s" % " ".join(argv[1:]))


if __name__ == "__main__":
    main(sys.argv)
