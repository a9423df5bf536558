#!/usr/bin/env python3
"""The cluster checks of `./quizmarker cluster test` (README, Scale-out), against a cluster that
`./quizmarker cluster up 2` started: everything goes through the load balancer unless a check is
about one node. Standard library only. Checks fail the run (exit 1); figures are printed, never
asserted.

  1. a browser session and an API token made through the load balancer work on every node (both
     live in PostgreSQL; the load balancer is not sticky)
  2. images/s with 2 nodes; 100 sheets in two uploads, node-2 SIGKILLed at about a third: every
     image ends read once (one completed reading, one submission each), both jobs complete, nothing
     dead-lettered; how long the killed node's messages took to be done elsewhere; images/s with 1
  3. node-2 back; 100 sheets again, the live broker SIGKILLed at about a third: the backup takes
     over (failover time), the same guarantees
  4. an override made through node-1 is seen at once in the job's result through node-2
  5. the watchdog ran once a minute in the cluster, on one node, not once per node
  6. an event stream on node-2 follows a job uploaded through node-1: delay after each image
"""
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

ENV = os.environ
LB = "http://127.0.0.1:%s/api/v1" % ENV["QM_CLUSTER_PORT"]
NODE_PORTS = [int(p) for p in ENV["QM_CLUSTER_NODE_PORTS"].split()]
DB = ENV["QM_CLUSTER_DB"]
SHEETS = ENV.get("QM_CLUSTER_SHEETS", os.path.join(ENV["QM_ROOT"], "..", "shared", "quizsheets", "dev"))
CLUSTER_SH = os.path.join(ENV["QM_ROOT"], "scripts", "cluster.sh")
JOB_TIMEOUT = 900


def fail(message):
    print("FAILED: " + message, flush=True)
    sys.exit(1)


def say(message):
    print(message, flush=True)


def node_url(i):
    return "http://127.0.0.1:%d/api/v1" % NODE_PORTS[i - 1]


class Api:
    def __init__(self, base, token=None, cookie=None):
        self.base, self.token, self.cookie = base, token, cookie

    def call(self, method, path, body=None, content_type="application/json", timeout=60):
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if self.cookie:
            headers["Cookie"] = self.cookie
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = content_type
        request = urllib.request.Request(self.base + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as r:
                return r.status, json.loads(r.read() or b"null"), r.headers
        except urllib.error.HTTPError as e:
            text = e.read()
            try:
                return e.code, json.loads(text), e.headers
            except ValueError:
                return e.code, {"raw": text.decode(errors="replace")[:200]}, e.headers

    def ok(self, method, path, body=None, content_type="application/json", expect=(200, 201, 202)):
        status, reply, _ = self.call(method, path, body, content_type)
        if status not in expect:
            fail("%s %s answered %s: %s" % (method, path, status, reply))
        return reply["data"] if isinstance(reply, dict) and "data" in reply else reply

    def upload(self, files, quiz_id):
        boundary = uuid.uuid4().hex
        parts = []
        for path in files:
            kind = "image/png" if path.endswith(".png") else "image/jpeg"
            with open(path, "rb") as f:
                parts.append(
                    b"--%s\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"%s\"\r\n"
                    b"Content-Type: %s\r\n\r\n" % (boundary.encode(), os.path.basename(path).encode(), kind.encode())
                    + f.read() + b"\r\n")
        parts.append(b"--%s\r\nContent-Disposition: form-data; name=\"quiz_id\"\r\n\r\n%d\r\n"
                     % (boundary.encode(), quiz_id))
        body = b"".join(parts) + b"--%s--\r\n" % boundary.encode()
        status, reply, _ = self.call("POST", "/upload", body, "multipart/form-data; boundary=" + boundary, 300)
        if status != 202:
            fail("upload answered %s: %s" % (status, reply))
        return reply["job_id"]


def psql(sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-tAF", "|", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.strip().splitlines() if line]


def sheets(count):
    files = sorted(os.path.join(SHEETS, f) for f in os.listdir(SHEETS)
                   if f.startswith("sheet_") and f.endswith((".png", ".jpg")))
    if not files:
        fail("no sheet_*.png/jpg in " + SHEETS)
    return [files[i % len(files)] for i in range(count)]


def ended_count(api, job_ids):
    done = 0
    for job in job_ids:
        d = api.ok("GET", "/jobs/" + job, expect=(200,))
        if d["status"] in ("completed", "failed", "cancelled"):
            done += 1
    return done


def progress(job_ids):
    """Images ended so far in these jobs, from the database (the source of truth)."""
    ids = ",".join("'%s'" % j for j in job_ids)
    return int(psql("SELECT count(*) FROM job_image WHERE job_id IN (%s) AND completed_at IS NOT NULL" % ids)[0][0])


def wait_ended(api, job_ids):
    deadline = time.time() + JOB_TIMEOUT
    while ended_count(api, job_ids) < len(job_ids):
        if time.time() > deadline:
            fail("jobs %s did not end within %d s" % (job_ids, JOB_TIMEOUT))
        time.sleep(1)


def images_per_second(api, quiz_id, count, label):
    job = api.upload(sheets(count), quiz_id)
    wait_ended(api, [job])
    row = psql("SELECT EXTRACT(EPOCH FROM max(i.completed_at) - j.created_at) FROM job_image i"
               " JOIN job j ON j.id = i.job_id WHERE j.id = '%s' GROUP BY j.created_at" % job)
    seconds = float(row[0][0])
    say("  figure: %s: %d images in %.1f s = %.2f images/s" % (label, count, seconds, count / seconds))


def verify_read_once(api, job_ids, label):
    ids = ",".join("'%s'" % j for j in job_ids)
    for job in job_ids:
        d = api.ok("GET", "/jobs/" + job)
        if d["status"] != "completed":
            fail("%s: job %s ended %s" % (label, job, d["status"]))
    statuses = dict(psql("SELECT status, count(*) FROM job_image WHERE job_id IN (%s) GROUP BY status" % ids))
    total = sum(int(n) for n in statuses.values())
    if statuses.get("completed") != str(total) or total != 100:
        fail("%s: images by status %s (100 completed expected)" % (label, statuses))
    subs, distinct = psql("SELECT count(*), count(DISTINCT image_id) FROM submission WHERE job_id IN (%s)" % ids)[0]
    if subs != "100" or distinct != "100":
        fail("%s: %s submissions for %s images (one per image expected)" % (label, subs, distinct))
    retried = psql("SELECT count(*) FROM job_image WHERE job_id IN (%s) AND attempts > 1" % ids)[0][0]
    queues = api.ok("GET", "/admin/overview")["queues"]
    dead = sum(int(q.get("dead_letters", 0) or 0) for q in queues.values())
    if dead:
        fail("%s: %d dead-lettered message(s)" % (label, dead))
    say("  ok: %s: 2 jobs completed, 100 images each read once (100 completed, 100 submissions), "
        "no dead letters; %s image(s) started again after a reading cut off by the kill"
        % (label, retried))


def two_uploads_with_a_kill(api, quiz_id, kill, label):
    files = sheets(100)
    jobs = [api.upload(files[:50], quiz_id), api.upload(files[50:], quiz_id)]
    deadline = time.time() + JOB_TIMEOUT
    while progress(jobs) < 33:
        if time.time() > deadline:
            fail("%s: a third of the images was not read within %d s" % (label, JOB_TIMEOUT))
        time.sleep(0.2)
    in_flight = psql("SELECT id FROM job_image WHERE job_id IN (%s) AND completed_at IS NULL AND started_at IS NOT NULL"
                     % ",".join("'%s'" % j for j in jobs))
    killed_at = time.time()
    figure = kill()
    say("  %s at %d of 100 images ended" % (label, progress(jobs)))
    wait_ended(api, jobs)
    if in_flight:
        ids = ",".join(r[0] for r in in_flight)
        last = float(psql("SELECT EXTRACT(EPOCH FROM max(completed_at)) FROM job_image WHERE id IN (%s)" % ids)[0][0])
        say("  figure: the %d image(s) in flight at the kill were all done %.1f s after it"
            % (len(in_flight), last - killed_at))
    if figure:
        say("  figure: " + figure)
    verify_read_once(api, jobs, label)


def pid_of_node(i):
    home = os.path.join(ENV["QM_CLUSTER_HOME"], "node-%d" % i, "server")
    out = subprocess.run(["pgrep", "-f", "jboss.server.base.dir=" + home + "( |$)"],
                         capture_output=True, text=True).stdout.split()
    for pid in out:  # the JVM, not standalone.sh (whose arguments name the same folder)
        with open("/proc/%s/comm" % pid) as f:
            if f.read().strip() == "java":
                return int(pid)
    fail("node-%d is not running" % i)


def kill_node_2():
    os.kill(pid_of_node(2), signal.SIGKILL)
    return None


def kill_live_broker():
    with open(os.path.join(ENV["QM_CLUSTER_HOME"], "broker-live", "broker.pid")) as f:
        os.kill(int(f.read().strip()), signal.SIGKILL)
    killed = time.time()
    backup_port = int(ENV["QM_CLUSTER_BROKER_PORT"]) + 1
    import socket
    while time.time() - killed < 120:
        try:
            socket.create_connection(("127.0.0.1", backup_port), timeout=0.2).close()
            return "broker failover: the backup accepted connections %.1f s after the live broker died" % (
                time.time() - killed)
        except OSError:
            time.sleep(0.05)
    fail("the backup broker did not take over within 120 s")


def port_open(port):
    import socket
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def fail_back():
    """The live broker started again syncs from the active backup and takes its role back."""
    live, backup = int(ENV["QM_CLUSTER_BROKER_PORT"]), int(ENV["QM_CLUSTER_BROKER_PORT"]) + 1
    started = time.time()
    subprocess.run(["bash", CLUSTER_SH, "restart-broker", "live"], check=True)
    while not (port_open(live) and not port_open(backup)):
        if time.time() - started > 180:
            fail("the live broker did not take its role back within 180 s")
        time.sleep(0.2)
    say("  figure: the restarted live broker was active again, the backup passive, after %.1f s"
        % (time.time() - started))


def sse_lag(token, quiz_id):
    """Uploads through node-1, follows the job's event stream on node-2: for each event, the time
    since the image that made its count was finished (by either node's worker)."""
    job = Api(node_url(1), token=token).upload(sheets(6), quiz_id)
    request = urllib.request.Request(node_url(2) + "/jobs/%s/events" % job, headers={
        "Authorization": "Bearer " + token, "Accept": "text/event-stream"})
    events = []
    with urllib.request.urlopen(request, timeout=JOB_TIMEOUT) as stream:
        for raw in stream:  # the server closes the stream once the job has ended
            line = raw.decode().strip()
            if line.startswith("data:"):
                d = json.loads(line[5:])
                events.append((time.time(), d["done_items"] + d["failed_items"]))
    finished = [float(r[0]) for r in psql(
        "SELECT EXTRACT(EPOCH FROM completed_at) FROM job_image WHERE job_id = '%s'"
        " AND completed_at IS NOT NULL ORDER BY completed_at" % job)]
    lags = sorted(int((received - finished[k - 1]) * 1000) for received, k in events if k >= 1)
    if not lags:
        fail("the event stream on node-2 showed no progress of job " + job)
    say("  figure: %d event(s) on node-2, %d ms median and %d ms most after the image was finished"
        " (the stream's own re-read would take up to 5000 ms)" % (len(lags), lags[len(lags) // 2], lags[-1]))


def main():
    password = ENV["QM_ADMIN_PASSWORD"]
    status, reply, headers = Api(LB).call("POST", "/auth/login", {"username": "admin", "password": password})
    if status != 200:
        fail("admin login answered %s: %s" % (status, reply))
    cookie = "; ".join(c.split(";")[0] for c in headers.get_all("Set-Cookie") or [])
    token = Api(LB, cookie=cookie).ok("POST", "/auth/tokens", {"name": "cluster-test-%d" % time.time()})["token"]
    api = Api(LB, token=token)

    say("1. one session and one API token on every node")
    for i in range(1, len(NODE_PORTS) + 1):
        if Api(node_url(i), cookie=cookie).call("GET", "/auth/me")[0] != 200:
            fail("the session signed in through the load balancer is refused by node-%d" % i)
        if Api(node_url(i), token=token).call("GET", "/auth/me")[0] != 200:
            fail("the token made through the load balancer is refused by node-%d" % i)
    say("  ok: the session and the token work on node-1..node-%d" % len(NODE_PORTS))
    before = {l["task"]: l for l in api.ok("GET", "/admin/overview")["leases"]}
    started = time.time()

    with open(os.path.join(SHEETS, "key-cell-biology.json")) as f:
        quiz_id = api.ok("POST", "/quizzes", json.load(f))["id"]

    say("2. a node killed mid-batch")
    images_per_second(api, quiz_id, 20, "2 nodes")
    two_uploads_with_a_kill(api, quiz_id, kill_node_2, "node-2 SIGKILLed")
    images_per_second(api, quiz_id, 20, "1 node")

    say("3. the live broker killed mid-batch")
    subprocess.run(["bash", CLUSTER_SH, "restart-node", "2"], check=True)
    two_uploads_with_a_kill(api, quiz_id, kill_live_broker, "live broker SIGKILLed")
    fail_back()

    say("4. an override through node-1 seen through node-2")
    jobs = api.ok("GET", "/jobs?per_page=1")["jobs"]
    job = jobs[0]["job_id"]
    node1, node2 = Api(node_url(1), token=token), Api(node_url(2), token=token)
    result = node2.ok("GET", "/jobs/" + job)["result"]  # node-2 now holds it in its ended-job cache
    target = next(((r["data"]["grade"]["submission_id"], a["q"], r["data"]["grade"]["score"])
                   for r in result if r["status"] == "completed" and r["data"].get("grade")
                   for a in r["data"]["answers"] if a.get("correct") is False), None)
    if target is None:
        fail("no wrong answer to override in job " + job)
    submission, question, score = target
    node1.ok("PATCH", "/submissions/%d/answers/%d" % (submission, question), {"correct": True})
    after = node2.ok("GET", "/jobs/" + job)["result"]
    new_score = next(r["data"]["grade"]["score"] for r in after
                     if r["status"] == "completed" and r["data"].get("grade")
                     and r["data"]["grade"]["submission_id"] == submission)
    if new_score <= score:
        fail("node-2 still shows score %s after the override on node-1 (was %s)" % (new_score, score))
    say("  ok: score %s -> %s on node-2 right after the override on node-1" % (score, new_score))

    say("5. the watchdog once per cluster")
    minutes = (time.time() - started) / 60
    now = {l["task"]: l for l in api.ok("GET", "/admin/overview")["leases"]}
    runs = now["job-watchdog"]["runs"] - before["job-watchdog"]["runs"]
    if runs > minutes + 2:
        fail("the watchdog ran %d times in %.1f min: more than once a minute" % (runs, minutes))
    say("  ok: the watchdog ran %d times in %.1f min with %d nodes (holder now %s); "
        "image-retention lease held by %s" % (runs, minutes, len(NODE_PORTS), now["job-watchdog"]["holder"],
                                             now["image-retention"].get("holder")))
    say("6. progress made on the nodes, pushed to an event stream on node-2")
    sse_lag(token, quiz_id)
    say("All cluster checks passed.")


if __name__ == "__main__":
    main()
