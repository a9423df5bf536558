#!/usr/bin/env bash
# QuizMarker benchmark: throughput and latency figures against an already started server.
# Prints figures, never pass/fail. Called by `./quizmarker bench`.
#
#   1. CLI floor: the tesseract CLI over the sheets, 2 processes in parallel (--psm 6, 1 thread
#      each): one engine only, so unfair to the two-engine committee; printed for comparison
#   1b. Engine floor: both engines' own inference on the same pages, 2 threads in one JVM
#      (`./quizmarker accuracy --engines-only`: Tesseract psm 6 on the decoded page, PP-OCR's
#      detector and v4 recognition of every line it finds; no measuring, preprocessing, parsing)
#   2. One upload job of all sheets: wall seconds from the upload to completion, ratio to both floors
#   3. One one-image job per sheet, uploaded back to back: wall seconds until all ended, ratios
#   4. Server peak RSS (VmRSS sampled every 0.2 s during 2 and 3) and VmHWM
#   4b. With QM_BENCH_LARGE=1: 1,000 sheets, 20 uploads of 50 (cycling the sheets), back to back:
#      wall per sheet against step 2's, and VmRSS at the start, middle, end and peak of it
#   5. Upload latency: sequential one-image uploads of the smallest sheet, p50/p99/max, first
#      with idle workers (the images queue paused through jboss-cli), then while they read
#   6. GET /jobs/{id} of a completed job under wrk: requests/s, latency p50/p99, with and without
#      If-None-Match (304)
#   7. Start and growth: a second server on a PostgreSQL database of its own (QM_BENCH_GROWTH_DB),
#      boot + deployment time, then the database filled with 100,000 jobs and 1,000,000 images
#      (scripts/bench/growth-fill.sql) and p50/p99 of job list, stats, status, admin overview, a
#      page of a quiz's submissions (first page, second page, sorted) and a quiz's stats (the
#      results page's summary)
#   8. A Markdown summary table for the README, the load average beside each figure
#
# Configuration (environment):
#   QM_BENCH_URL          API base (default http://127.0.0.1:$((8080 + QM_PORT_OFFSET))/api/v1);
#                         127.0.0.1 / localhost only
#   QM_PORT_OFFSET        as for ./quizmarker (default 0)
#   QM_HOME               as for ./quizmarker (default <repo>/.quizmarker): finds the server's JVM
#                         and the stored admin password
#   QM_ADMIN_USER         default admin
#   QM_ADMIN_PASSWORD     required unless $QM_HOME/server/data/quizmarker/admin-password exists
#   QM_BENCH_SHEETS       folder of sheet_NNN.png/jpg (default <repo>/../shared/quizsheets/dev)
#   QM_BENCH_PID          the server JVM's pid, when it cannot be found by itself
#   QM_BENCH_UPLOADS      uploads timed in step 5 (default 100)
#   QM_BENCH_WRK_SECONDS  duration of the wrk run in step 6 (default 15)
#   QM_BENCH_JOB_TIMEOUT  give up waiting for jobs after this many seconds (default 600)
#   QM_BENCH_GROWTH       0 skips step 7 (default 1; needs psql and PostgreSQL on 127.0.0.1:5432)
#   QM_BENCH_GROWTH_DB    the database step 7 drops, creates and fills (default qm_bench)
#   QM_BENCH_GROWTH_OFFSET  port offset of step 7's server (default QM_PORT_OFFSET + 7)
#   QM_BENCH_REQUESTS     requests per growth figure (default 200)
#   QM_BENCH_GROWTH_WARMUP  untimed requests before each growth figure (default 20; a server that
#                         has answered a few thousand requests has compiled its hot paths)
#   QM_BENCH_ONLY         "upload" runs step 5 alone (upload latency, idle and busy); "growth"
#                         step 7 alone (its own server: no server needs to be running); "batch"
#                         steps 1-4b alone (floors, batches, memory)
#   QM_BENCH_ENGINE_FLOOR 0 skips step 1b (default 1; builds the ejb module's test classes)
#   QM_BENCH_LARGE        1 runs step 4b (default 0: it reads 1,000 sheets, see README
#                         "Batch and memory" for how long)
#   QM_BENCH_LARGE_UPLOADS  uploads of 50 sheets in step 4b (default 20)
# Step 7 starts WildFly: on a shared machine run the bench under the same lock as the tests.
set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HELPER="$ROOT/scripts/bench/qmbench.py"

say() { printf '%s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown argument '$1' (configuration is by QM_* variables; see --help)" ;;
esac

command -v curl >/dev/null || die "curl is required"
command -v python3 >/dev/null || die "python3 is required"
PY="$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null)" && [ -x "$PY" ] || PY="$(command -v python3)"
[ -f "$HELPER" ] || die "missing $HELPER"

# ---------------------------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------------------------
is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }
QM_PORT_OFFSET="${QM_PORT_OFFSET:-0}"
is_uint "$QM_PORT_OFFSET" || die "QM_PORT_OFFSET must be a number, not '$QM_PORT_OFFSET'"
BASE="${QM_BENCH_URL:-http://127.0.0.1:$((8080 + QM_PORT_OFFSET))/api/v1}"
BASE="${BASE%/}"
[[ "$BASE" =~ ^http://(127\.0\.0\.1|localhost|\[::1\])(:([0-9]+))?(/.*)?$ ]] \
  || die "QM_BENCH_URL must be http://127.0.0.1:<port>/api/v1 (a local server only), not '$BASE'"
URL_PORT="${BASH_REMATCH[3]:-80}"
QM_HOME="${QM_HOME:-$ROOT/.quizmarker}"
ADMIN_USER="${QM_ADMIN_USER:-admin}"
SHEETS="${QM_BENCH_SHEETS:-$ROOT/../shared/quizsheets/dev}"
UPLOADS="${QM_BENCH_UPLOADS:-100}"
WRK_SECONDS="${QM_BENCH_WRK_SECONDS:-15}"
JOB_TIMEOUT="${QM_BENCH_JOB_TIMEOUT:-600}"
GROWTH="${QM_BENCH_GROWTH:-1}"
GROWTH_DB="${QM_BENCH_GROWTH_DB:-qm_bench}"
[[ "$GROWTH_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "QM_BENCH_GROWTH_DB must be a plain database name, not '$GROWTH_DB'"
GROWTH_OFFSET="${QM_BENCH_GROWTH_OFFSET:-$((QM_PORT_OFFSET + 7))}"
REQUESTS="${QM_BENCH_REQUESTS:-200}"
GROWTH_WARMUP="${QM_BENCH_GROWTH_WARMUP:-20}"
ONLY="${QM_BENCH_ONLY:-}"
case "$ONLY" in ""|upload|growth|batch) ;; *) die "QM_BENCH_ONLY must be empty, upload, growth or batch, not '$ONLY'" ;; esac
ENGINE_FLOOR_ON="${QM_BENCH_ENGINE_FLOOR:-1}"
LARGE="${QM_BENCH_LARGE:-0}"
LARGE_UPLOADS="${QM_BENCH_LARGE_UPLOADS:-20}"
JBOSS_HOME_DIR="$ROOT/ear/target/wildfly-38.0.1.Final"
for v in UPLOADS WRK_SECONDS JOB_TIMEOUT REQUESTS LARGE_UPLOADS GROWTH_WARMUP; do
  is_uint "${!v}" && [ "${!v}" -gt 0 ] || die "QM_BENCH_$v must be a positive number, not '${!v}'"
done

PASSWORD_FILE="$QM_HOME/server/data/quizmarker/admin-password"
if [ -n "${QM_ADMIN_PASSWORD:-}" ]; then
  ADMIN_PASSWORD="$QM_ADMIN_PASSWORD"
elif [ -r "$PASSWORD_FILE" ]; then
  ADMIN_PASSWORD="$(cat "$PASSWORD_FILE")"
else
  die "set QM_ADMIN_PASSWORD (no stored password in $PASSWORD_FILE)"
fi

[ -d "$SHEETS" ] || die "no sheets folder $SHEETS (set QM_BENCH_SHEETS)"
mapfile -t SHEET_FILES < <(find -L "$SHEETS" -maxdepth 1 -type f \
  \( -name 'sheet_*.png' -o -name 'sheet_*.jpg' \) | sort)
NSHEETS=${#SHEET_FILES[@]}
[ "$NSHEETS" -gt 0 ] || die "no sheet_*.png / sheet_*.jpg in $SHEETS"
SHEETS_MB=$(du -cbL "${SHEET_FILES[@]}" | awk 'END {printf "%.1f", $1 / 1048576}')

WORK="$(mktemp -d "${TMPDIR:-/tmp}/qm-bench.XXXXXX")"
TOKEN="" TOKEN_ID="" SAMPLER=""
GROWTH_HOME=""
cleanup() {
  if [ -n "$GROWTH_HOME" ]; then
    QM_HOME="$GROWTH_HOME" QM_PORT_OFFSET="$GROWTH_OFFSET" "$ROOT/quizmarker" stop >/dev/null 2>&1 || true
  fi
  if [ -n "$SAMPLER" ]; then kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; fi
  if [ -n "$TOKEN_ID" ]; then  # the bench token is for this run only
    curl -s --noproxy '*' --max-time 10 -o /dev/null -X DELETE -H "Authorization: Bearer $TOKEN" \
      "$BASE/auth/tokens/$TOKEN_ID" || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
py() { "$PY" -I "$@"; }
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }   # calc FORMAT EXPRESSION
field() { py "$HELPER" field "$1" <"$2"; } # field PATH FILE
qcurl() { curl -sS --noproxy '*' "$@"; }
section() { say ""; say "== $*"; say "load average: $(load)"; }
load() { cut -d' ' -f1 /proc/loadavg; }   # the 1-minute load average, printed beside each figure
# images_queue pause|resume -> the main server's images queue, through its management port
images_queue() {
  "$JBOSS_HOME_DIR/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + URL_PORT - 8080))" \
    --command="/subsystem=messaging-activemq/server=default/jms-queue=QuizMarkerImages:$1()" 2>&1 \
    | grep -q '"outcome" => "success"'
}

# upload OUT FILE... -> prints "HTTP_CODE TIME_TOTAL"; the JSON answer goes to OUT
upload() {
  local out=$1 f args=()
  shift
  for f in "$@"; do args+=(-F "files[]=@$f"); done
  qcurl --max-time 300 -H "$AUTH" -H 'Expect:' -o "$out" -w '%{http_code} %{time_total}' \
    "${args[@]}" "$BASE/upload" || true
}

# upload_each PREFIX FILE... -> one upload per file, back to back in ONE curl process (--next:
# no process start between uploads, one kept-alive connection); answer i goes to PREFIX-i.json;
# prints "HTTP_CODE TIME_TOTAL" per upload, one a line
upload_each() {
  local prefix=$1 f i=0 args=()
  shift
  for f in "$@"; do
    i=$((i + 1))
    [ "$i" = 1 ] || args+=(--next)
    args+=(--noproxy '*' --max-time 120 -sS -H "$AUTH" -H 'Expect:' -o "$prefix-$i.json"
           -w '%{http_code} %{time_total}\n' -F "files[]=@$f" "$BASE/upload")
  done
  curl "${args[@]}" || true
}

# job_id FILE -> the job id of an upload's answer (bash only: this runs between timed uploads)
job_id() {
  local body
  body=$(<"$1")
  [[ "$body" =~ \"job_id\"[[:space:]]*:[[:space:]]*\"([^\"]+)\" ]] || die "no job_id in: ${body:0:300}"
  echo "${BASH_REMATCH[1]}"
}

# wait_jobs OUT ID... -> polls every 0.2 s until all ended or QM_BENCH_JOB_TIMEOUT; JSON to OUT
wait_jobs() {
  local out=$1
  shift
  QM_BENCH_TOKEN="$TOKEN" py "$HELPER" wait "$BASE" "$JOB_TIMEOUT" "$@" >"$out" \
    || die "polling the jobs failed (see above)"
}

# Describe the ended jobs of a wait_jobs answer in one line.
jobs_line() {
  py - "$1" <<'EOF'
import json, sys
w = json.load(open(sys.argv[1]))
parts = ["%d %s" % (n, s) for s, n in sorted(w["statuses"].items())]
if w["timed_out"]:
    parts.append("%d NOT ENDED" % len(w["timed_out"]))
line = "jobs: " + ", ".join(parts) + "; images failed: %d of %d" % (w["items_failed"], w["items"])
if w["errors"]:
    line += "; errors: " + " | ".join(w["errors"])
print(line)
EOF
}

timed_out() { [ "$(field timed_out "$1")" != "[]" ]; }
or_na() { if [ -n "$1" ]; then echo "$1"; else echo "n/a"; fi; }

# ---------------------------------------------------------------------------------------------
# Is the server there? Sign in, create a token for this run.
# ---------------------------------------------------------------------------------------------
if [ "$ONLY" != growth ]; then # step 7 starts and signs in to a server of its own
code=$(qcurl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/auth/me" 2>/dev/null || true)
case "$code" in
  200|401) ;;
  *) die "no QuizMarker API answers at $BASE (HTTP ${code:-000}).
Start it with ./quizmarker start (with the same QM_PORT_OFFSET and QM_HOME), or set QM_BENCH_URL." ;;
esac

login_json=$(QMB_U="$ADMIN_USER" QMB_P="$ADMIN_PASSWORD" py -c \
  'import json, os; print(json.dumps({"username": os.environ["QMB_U"], "password": os.environ["QMB_P"]}))')
code=$(qcurl --max-time 30 -c "$WORK/cookies" -H 'Content-Type: application/json' \
  --data-binary @- -o "$WORK/login.json" -w '%{http_code}' "$BASE/auth/login" <<<"$login_json")
[ "$code" = 200 ] || die "signing in as '$ADMIN_USER' answered HTTP $code: $(head -c 300 "$WORK/login.json")
Check QM_ADMIN_USER / QM_ADMIN_PASSWORD (or $PASSWORD_FILE)."
code=$(qcurl --max-time 30 -b "$WORK/cookies" -H 'Content-Type: application/json' \
  --data-binary "{\"name\":\"bench $(date -u +%Y%m%dT%H%M%SZ)\"}" -o "$WORK/token.json" \
  -w '%{http_code}' "$BASE/auth/tokens")
[ "$code" = 201 ] || [ "$code" = 200 ] || die "creating an API token answered HTTP $code: $(head -c 300 "$WORK/token.json")"
TOKEN=$(field data.token "$WORK/token.json")
TOKEN_ID=$(field data.id "$WORK/token.json")
AUTH="Authorization: Bearer $TOKEN"
qcurl --max-time 10 -o /dev/null -b "$WORK/cookies" -X POST "$BASE/auth/logout" || true
code=$(qcurl --max-time 10 -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/auth/me")
[ "$code" = 200 ] || die "the new API token is refused (GET /auth/me answered HTTP $code)"
fi

# ---------------------------------------------------------------------------------------------
# The server's JVM (for RSS): QM_BENCH_PID, else the jboss-modules.jar process of this QM_HOME,
# else the one with this port offset, else the only one.
# ---------------------------------------------------------------------------------------------
cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null || true; }
find_server_pid() {
  if [ -n "${QM_BENCH_PID:-}" ]; then
    [ -r "/proc/$QM_BENCH_PID/status" ] || die "QM_BENCH_PID=$QM_BENCH_PID: no such process"
    echo "$QM_BENCH_PID"; return 0
  fi
  local pids=() pid home_abs offset
  mapfile -t pids < <(pgrep -f 'jboss-modules.jar' || true)
  [ ${#pids[@]} -gt 0 ] || return 0
  home_abs=$(cd "$QM_HOME" 2>/dev/null && pwd -P || echo "$QM_HOME")
  for pid in "${pids[@]}"; do
    case "$(cmdline "$pid")" in
      *"jboss.server.base.dir=$QM_HOME/server "*|*"jboss.server.base.dir=$home_abs/server "*)
        echo "$pid"; return 0 ;;
    esac
  done
  offset=$((URL_PORT - 8080))
  local match=()
  for pid in "${pids[@]}"; do
    [[ "$(cmdline "$pid")" == *"jboss.socket.binding.port-offset=$offset "* ]] && match+=("$pid")
  done
  if [ ${#match[@]} = 1 ]; then echo "${match[0]}"; return 0; fi
  if [ ${#pids[@]} = 1 ]; then echo "${pids[0]}"; return 0; fi
  return 0
}
SERVER_PID=$(find_server_pid)
SERVER_WORKERS="?" SERVER_HEAP="?"
if [ -n "$SERVER_PID" ]; then
  cl=$(cmdline "$SERVER_PID")
  [[ "$cl" =~ -Dqm\.workers=([0-9]+) ]] && SERVER_WORKERS="${BASH_REMATCH[1]}"
  [[ "$cl" =~ -Xmx([0-9]+[kKmMgG]?) ]] && SERVER_HEAP="${BASH_REMATCH[1]}"
fi

# ---------------------------------------------------------------------------------------------
# Machine
# ---------------------------------------------------------------------------------------------
NPROC=$(nproc 2>/dev/null || echo "?")
CPU=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
RAM_GIB=$(awk '/^MemTotal:/ {printf "%.1f", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo "?")
DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
TESS_VERSION=$( (tesseract --version 2>&1 || true) | head -1)

say "QuizMarker benchmark, $DATE"
say "Machine:  $NPROC CPU(s), ${CPU:-unknown CPU}, $RAM_GIB GiB RAM, $(uname -sr)"
say "Load:     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at start; other work on the machine makes figures noisy"
say "Server:   $BASE, JVM pid ${SERVER_PID:-not found}, workers $SERVER_WORKERS, heap max $SERVER_HEAP"
say "Sheets:   $NSHEETS images, $SHEETS_MB MiB, in $SHEETS"
say "OCR:      ${TESS_VERSION:-tesseract not found}"

if [ -z "$ONLY" ] || [ "$ONLY" = batch ]; then # steps 1-4b
# ---------------------------------------------------------------------------------------------
# 1. Floor: the tesseract CLI, 2 processes, one thread each
# ---------------------------------------------------------------------------------------------
section "1. CLI floor: tesseract CLI over $NSHEETS sheets, 2 in parallel, OMP_THREAD_LIMIT=1, --psm 6 (one engine)"
FLOOR="" FLOOR_LOAD=$(load)
if command -v tesseract >/dev/null; then
  t0=$(now)
  if printf '%s\0' "${SHEET_FILES[@]}" \
      | OMP_THREAD_LIMIT=1 xargs -0 -P 2 -I{} tesseract {} stdout --psm 6 >/dev/null 2>"$WORK/floor.err"; then
    FLOOR=$(calc '%.2f' "$(now) - $t0")
    say "wall: $FLOOR s ($(calc '%.2f' "$FLOOR / $NSHEETS") s per sheet, 2 processes)"
  else
    say "tesseract failed on some sheet; floor not measured. Last lines:"
    tail -n 5 "$WORK/floor.err"
  fi
else
  say "tesseract CLI not found (apt-get install tesseract-ocr); floor not measured"
fi
ratio() { if [ -n "$FLOOR" ] && [ -n "$1" ]; then calc '%.2f' "$1 / $FLOOR"; fi; }

# ---------------------------------------------------------------------------------------------
# 1b. Engine floor: both engines' own inference on the same pages (the committee's fair floor)
# ---------------------------------------------------------------------------------------------
section "1b. Engine floor: Tesseract psm 6 + PP-OCR detection and v4 recognition of every line, $NSHEETS pages, 2 threads in one JVM"
EFLOOR="" EFLOOR_LOAD=$(load)
if [ "$ENGINE_FLOOR_ON" = 0 ]; then
  say "skipped (QM_BENCH_ENGINE_FLOOR=0)"
elif bash "$ROOT/scripts/accuracy.sh" --engines-only --threads 2 "$SHEETS" >"$WORK/efloor.txt" 2>"$WORK/efloor.err"; then
  grep '^Engine floor' "$WORK/efloor.txt" || true  # not Tesseract's warnings on stdout
  EFLOOR=$(awk '/^engine-floor-seconds/ {print $2}' "$WORK/efloor.txt")
  EFLOOR_LOAD=$(load)
  [ -n "$EFLOOR" ] || say "the accuracy tool printed no engine-floor-seconds line"
else
  say "the engine floor failed (./quizmarker accuracy --engines-only); last lines:"
  tail -n 5 "$WORK/efloor.err"
fi
eratio() { if [ -n "$EFLOOR" ] && [ -n "$1" ]; then calc '%.2f' "$1 / $EFLOOR"; fi; }
# " = 1.23 x engine floor, 2.34 x CLI floor" for a wall time over the NSHEETS sheets
ratios() {
  local r=""
  [ -z "$EFLOOR" ] || r="$(eratio "$1")× engine floor"
  [ -z "$FLOOR" ] || r="${r:+$r, }$(ratio "$1")× CLI floor"
  [ -z "$r" ] || echo " ($r)"
}

# start_sampler FILE: the server's VmRSS every 0.2 s into FILE ("EPOCH KIB" lines) until
# stop_sampler; nothing without a server pid
start_sampler() {
  [ -n "$SERVER_PID" ] || return 0
  (
    while :; do
      rss=""
      while IFS= read -r line; do
        if [[ "$line" == VmRSS:* ]]; then rss="${line//[!0-9]/}"; break; fi
      done <"/proc/$SERVER_PID/status" || break
      [ -n "$rss" ] || break
      echo "$EPOCHSECONDS $rss"
      sleep 0.2
    done
  ) >"$1" 2>/dev/null &
  SAMPLER=$!
}
stop_sampler() {
  [ -n "$SAMPLER" ] || return 0
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  SAMPLER=""
}
start_sampler "$WORK/rss"  # over steps 2 and 3

# ---------------------------------------------------------------------------------------------
# 2. One job of all the sheets
# ---------------------------------------------------------------------------------------------
section "2. One job of $NSHEETS images (one multipart POST, poll every 0.2 s)"
BATCH_LOAD=$(load)
t0=$(now)
res=$(upload "$WORK/up-batch.json" "${SHEET_FILES[@]}")
code=${res%% *} t_upload=${res#* }
[ "$code" = 202 ] || die "upload of $NSHEETS images answered HTTP $code: $(head -c 400 "$WORK/up-batch.json")"
BATCH_JOB=$(job_id "$WORK/up-batch.json")
wait_jobs "$WORK/wait-batch.json" "$BATCH_JOB"
BATCH=""
if timed_out "$WORK/wait-batch.json"; then
  say "job $BATCH_JOB did not end within $JOB_TIMEOUT s"
else
  BATCH=$(calc '%.2f' "$(field end "$WORK/wait-batch.json") - $t0")
  say "wall: $BATCH s$(ratios "$BATCH")"
  say "upload request: $(calc '%.2f' "$t_upload") s; $(jobs_line "$WORK/wait-batch.json")"
  srv=$(py -c 'import json,sys; j=json.load(open(sys.argv[1]))["jobs"][sys.argv[2]]; print("%s %s" % (j["queue_seconds"], j["server_seconds"]))' "$WORK/wait-batch.json" "$BATCH_JOB")
  say "server's own timestamps: queued ${srv% *} s, created->completed ${srv#* } s"
fi

# ---------------------------------------------------------------------------------------------
# 3. One one-image job per sheet, uploaded back to back
# ---------------------------------------------------------------------------------------------
section "3. $NSHEETS one-image jobs (uploaded back to back by one curl, then poll until all ended)"
SINGLE_JOBS=()
SINGLES_LOAD=$(load)
t0=$(now)
: >"$WORK/single-times"
upload_each "$WORK/up-single" "${SHEET_FILES[@]}" >"$WORK/single-codes"
t_uploaded=$(now)
i=0
while read -r code t; do
  i=$((i + 1))
  [ "$code" = 202 ] || die "upload of ${SHEET_FILES[$((i - 1))]} answered HTTP $code: $(head -c 400 "$WORK/up-single-$i.json" 2>/dev/null)"
  echo "$t" >>"$WORK/single-times"
  SINGLE_JOBS+=("$(job_id "$WORK/up-single-$i.json")")
done <"$WORK/single-codes"
[ "$i" = "$NSHEETS" ] || die "only $i of $NSHEETS uploads were answered"
wait_jobs "$WORK/wait-singles.json" "${SINGLE_JOBS[@]}"
SINGLES=""
if timed_out "$WORK/wait-singles.json"; then
  say "some jobs did not end within $JOB_TIMEOUT s; $(jobs_line "$WORK/wait-singles.json")"
else
  SINGLES=$(calc '%.2f' "$(field end "$WORK/wait-singles.json") - $t0")
  say "wall: $SINGLES s$(ratios "$SINGLES")"
  say "the $NSHEETS uploads took $(calc '%.2f' "$t_uploaded - $t0") s$(py "$HELPER" pct <"$WORK/single-times" \
    | py -c 'import json,sys; d=json.load(sys.stdin); print(" (per upload: p50 %.0f ms, max %.0f ms)" % (d["p50"], d["max"]))')"
  say "$(jobs_line "$WORK/wait-singles.json")"
fi

# ---------------------------------------------------------------------------------------------
# 4. Server memory during 2 and 3
# ---------------------------------------------------------------------------------------------
section "4. Server memory during 2 and 3 (VmRSS every 0.2 s)"
RSS_PEAK="" HWM=""
if [ -n "$SAMPLER" ]; then
  stop_sampler
  rss_json=$(py "$HELPER" rss "$WORK/rss")
  RSS_PEAK=$(py -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.0f" % d["peak_mib"] if d["samples"] else "")' "$rss_json")
  HWM=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status" 2>/dev/null || true)
  py -c '
import json, sys
d = json.loads(sys.argv[1])
if d["samples"]:
    print("VmRSS: %.0f MiB at the start, peak %.0f MiB, %.0f MiB at the end (%d samples)"
          % (d["first_mib"], d["peak_mib"], d["last_mib"], d["samples"]))
else:
    print("no VmRSS samples (was /proc/<pid>/status readable?)")' "$rss_json"
  say "VmHWM (peak over the JVM's whole life): ${HWM:-?} MiB"
else
  say "server JVM not found (pgrep -f jboss-modules.jar); set QM_BENCH_PID to measure memory"
fi

# ---------------------------------------------------------------------------------------------
# 4b. 1,000 sheets: 20 uploads of 50, back to back, cycling the sheets
# ---------------------------------------------------------------------------------------------
LARGE_N=$((LARGE_UPLOADS * 50))
LARGE_WALL="" LARGE_PER="" LARGE_LOAD="" LARGE_LOAD_END="" LARGE_RSS=""
if [ "$LARGE" = 1 ]; then
  section "4b. $LARGE_N sheets: $LARGE_UPLOADS uploads of 50 (the $NSHEETS sheets in turn), back to back, then poll until all ended; VmRSS every 0.2 s"
  LARGE_LOAD=$(load)
  LARGE_JOBS=()
  start_sampler "$WORK/rss-large"
  t0=$(now)
  for u in $(seq 1 "$LARGE_UPLOADS"); do
    files=()
    for k in $(seq 0 49); do files+=("${SHEET_FILES[$(( ((u - 1) * 50 + k) % NSHEETS ))]}"); done
    res=$(upload "$WORK/up-large-$u.json" "${files[@]}")
    [ "${res%% *}" = 202 ] || die "upload $u of 50 images answered HTTP ${res%% *}: $(head -c 400 "$WORK/up-large-$u.json")"
    LARGE_JOBS+=("$(job_id "$WORK/up-large-$u.json")")
  done
  t_uploaded=$(now)
  # QM_BENCH_JOB_TIMEOUT is meant for one batch of the sheets: scale it to this one
  JOB_TIMEOUT=$((JOB_TIMEOUT * (LARGE_N + NSHEETS - 1) / NSHEETS)) wait_jobs "$WORK/wait-large.json" "${LARGE_JOBS[@]}"
  stop_sampler
  LARGE_LOAD_END=$(load)
  say "the $LARGE_UPLOADS uploads took $(calc '%.1f' "$t_uploaded - $t0") s"
  if timed_out "$WORK/wait-large.json"; then
    say "not all ended in time; $(jobs_line "$WORK/wait-large.json")"
  else
    LARGE_WALL=$(calc '%.1f' "$(field end "$WORK/wait-large.json") - $t0")
    LARGE_PER=$(calc '%.3f' "$LARGE_WALL / $LARGE_N")
    line="wall: $LARGE_WALL s, $LARGE_PER s per sheet"
    [ -z "$BATCH" ] || line="$line = $(calc '%.2f' "$LARGE_PER / ($BATCH / $NSHEETS)")× step 2's $(calc '%.3f' "$BATCH / $NSHEETS") s per sheet"
    [ -z "$EFLOOR" ] || line="$line, $(calc '%.2f' "$LARGE_PER / ($EFLOOR / $NSHEETS)")× the engine floor per sheet"
    say "$line (load $LARGE_LOAD at the start, $LARGE_LOAD_END at the end)"
    say "$(jobs_line "$WORK/wait-large.json")"
  fi
  if [ -n "$SERVER_PID" ]; then
    rss_json=$(py "$HELPER" rss "$WORK/rss-large")
    LARGE_RSS=$(py -c '
import json, sys
d = json.loads(sys.argv[1])
if d["samples"]:
    print("%.0f / %.0f / %.0f / %.0f MiB" % (d["first_mib"], d["middle_mib"], d["last_mib"], d["peak_mib"]))' "$rss_json")
    say "VmRSS start / middle / end / peak: ${LARGE_RSS:-no samples}"
    # the curve at each tenth of the run: flat or growing
    py -c '
import sys
v = [int(l.split()[1]) for l in open(sys.argv[1]) if len(l.split()) == 2 and l.split()[1].isdigit()]
if len(v) >= 10:
    print("VmRSS at each tenth of the run (MiB): " + " ".join("%.0f" % (v[min(len(v) - 1, i * len(v) // 10)] / 1024) for i in range(11)))' "$WORK/rss-large"
  fi
fi

if [ "$ONLY" = batch ]; then
  say ""
  say "| Floor: \`tesseract --psm 6\` CLI (one engine), $NSHEETS sheets, 2 processes | $(or_na "${FLOOR:+$FLOOR s}") | | $FLOOR_LOAD |"
  say "| Engine floor: both engines' own inference, $NSHEETS pages, 2 threads | $(or_na "${EFLOOR:+$EFLOOR s}") | | $EFLOOR_LOAD |"
  say "| One job of $NSHEETS images, upload to completed | $(or_na "${BATCH:+$BATCH s$(ratios "$BATCH")}") | ≤ 1.15× floor | $BATCH_LOAD |"
  say "| $NSHEETS one-image jobs, first upload to all ended | $(or_na "${SINGLES:+$SINGLES s$(ratios "$SINGLES")}") | ≤ 1.15× floor | $SINGLES_LOAD |"
  say "| Server peak RSS during the two batches | $(or_na "${RSS_PEAK:+$RSS_PEAK MiB}") | ≤ 1 GiB | |"
  if [ "$LARGE" = 1 ]; then
    say "| $LARGE_N sheets ($LARGE_UPLOADS uploads of 50), upload to all ended | $(or_na "${LARGE_WALL:+$LARGE_WALL s, $LARGE_PER s per sheet}") | step 2's rate per sheet | $LARGE_LOAD–$LARGE_LOAD_END |"
    say "| Server VmRSS across it, start / middle / end / peak | $(or_na "$LARGE_RSS") | flat, ≤ 1 GiB | |"
  fi
  exit 0
fi

fi # steps 1-4b

if [ "$ONLY" != growth ]; then # steps 5-6
# ---------------------------------------------------------------------------------------------
# 5. Upload latency
# ---------------------------------------------------------------------------------------------
SMALL=$(for f in "${SHEET_FILES[@]}"; do printf '%s\t%s\n' "$(stat -L -c %s "$f")" "$f"; done | sort -n | head -1)
SMALL_BYTES=${SMALL%%$'\t'*}
SMALL=${SMALL#*$'\t'}
section "5. Upload latency: $UPLOADS sequential one-image uploads of $(basename "$SMALL") ($((SMALL_BYTES / 1024)) KiB), idle workers, then busy"
# lat_run LABEL -> UPLOADS sequential uploads of SMALL; sets LAT_P50 LAT_P99 LAT_MAX LAT_LOAD,
# appends the job ids to LAT_JOBS
lat_run() {
  local label=$1 i=0 bad=0 code t files=() lat_json
  : >"$WORK/lat-$label"
  for i in $(seq 1 "$UPLOADS"); do files+=("$SMALL"); done
  LAT_LOAD=$(load)
  upload_each "$WORK/up-lat-$label" "${files[@]}" >"$WORK/lat-codes-$label"
  i=0
  while read -r code t; do
    i=$((i + 1))
    if [ "$code" = 202 ]; then
      echo "$t" >>"$WORK/lat-$label"
      LAT_JOBS+=("$(job_id "$WORK/up-lat-$label-$i.json")")
    else
      bad=$((bad + 1))
      [ "$bad" -gt 1 ] || say "upload answered HTTP $code: $(head -c 300 "$WORK/up-lat-$label-$i.json" 2>/dev/null)"
    fi
  done <"$WORK/lat-codes-$label"
  [ -s "$WORK/lat-$label" ] || die "no upload succeeded"
  lat_json=$(py "$HELPER" pct <"$WORK/lat-$label")
  read -r LAT_P50 LAT_P99 LAT_MAX < <(py -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.1f %.1f %.1f" % (d["p50"], d["p99"], d["max"]))' "$lat_json")
  say "$label workers: p50 $LAT_P50 ms, p99 $LAT_P99 ms, max $LAT_MAX ms (load $LAT_LOAD)$(py -c 'import json,sys; d=json.loads(sys.argv[1]); print(" (min %.1f, mean %.1f, n %d)" % (d["min"], d["mean"], d["n"]))' "$lat_json")"
  [ "$bad" = 0 ] || say "$bad of $UPLOADS uploads were refused (not counted)"
}
LAT_JOBS=()
IDLE_P50="" IDLE_P99="" IDLE_LOAD=""
if images_queue pause; then
  lat_run idle
  IDLE_P50=$LAT_P50 IDLE_P99=$LAT_P99 IDLE_LOAD=$LAT_LOAD
  images_queue resume || say "WARNING: could not resume the images queue (jboss-cli)"
else
  say "idle workers: not measured (could not pause the images queue through $JBOSS_HOME_DIR/bin/jboss-cli.sh)"
fi
# The idle run's uploads are queued now: the workers read them while these are timed.
lat_run busy
say "(one curl process, one kept-alive connection; idle: the images queue paused, so no worker reads; busy: every upload queues a job, so the workers read while later uploads are timed)"
t0=$(now)
wait_jobs "$WORK/wait-lat.json" "${LAT_JOBS[@]}"
if timed_out "$WORK/wait-lat.json"; then
  say "not drained within $JOB_TIMEOUT s: step 6 runs while OCR is still busy; $(jobs_line "$WORK/wait-lat.json")"
else
  say "drained $(calc '%.1f' "$(field end "$WORK/wait-lat.json") - $t0") s after the last upload; $(jobs_line "$WORK/wait-lat.json")"
fi

if [ "$ONLY" = upload ]; then
  say ""
  say "| Upload, one $((SMALL_BYTES / 1024)) KiB image, $UPLOADS sequential, idle workers (p50 / p99) | $(or_na "${IDLE_P50:+$IDLE_P50 / $IDLE_P99 ms}") | p99 ≤ 5 ms | $IDLE_LOAD |"
  say "| Upload, the same while the workers read (p50 / p99 / max) | $LAT_P50 / $LAT_P99 / $LAT_MAX ms | p99 ≤ 15 ms | $LAT_LOAD |"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# 6. Status GET under load
# ---------------------------------------------------------------------------------------------
STATUS_JOB=$(py -c '
import json, sys
for path in sys.argv[1:]:
    try:
        jobs = json.load(open(path))["jobs"]
    except (OSError, ValueError, KeyError):
        continue
    for jid, j in jobs.items():
        if j["status"] == "completed":
            print(jid); sys.exit(0)' "$WORK/wait-singles.json" "$WORK/wait-lat.json" "$WORK/wait-batch.json")
section "6. Status GET: wrk, 16 connections, 2 threads, ${WRK_SECONDS} s, GET /jobs/{id} of a completed one-image job"
RPS="" ST_P50="" ST_P99="" RPS_LOAD="" RPS304="" ST304_P50="" ST304_P99="" RPS304_LOAD=""
if [ -z "$STATUS_JOB" ]; then
  say "no completed job to read; skipped"
else
  code=$(qcurl --max-time 10 -o "$WORK/status.json" -w '%{http_code}' -H "$AUTH" "$BASE/jobs/$STATUS_JOB")
  say "job $STATUS_JOB: HTTP $code, $(stat -c %s "$WORK/status.json") bytes"
  if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing wrk (apt-get install wrk)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1 \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 \
           && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null 2>&1; } \
      || say "apt-get install wrk failed"
  fi
  if command -v wrk >/dev/null; then
    wrk -t2 -c16 -d"${WRK_SECONDS}s" --timeout 5s --latency -H "$AUTH" "$BASE/jobs/$STATUS_JOB" >"$WORK/wrk.txt" 2>&1 || true
    wrk_json=$(py "$HELPER" wrk <"$WORK/wrk.txt")
    read -r RPS ST_P50 ST_P99 non2xx < <(py -c '
import json, sys
d = json.loads(sys.argv[1])
f = lambda v, fmt: fmt % v if v is not None else ""
print(f(d["rps"], "%.0f") or "-", f(d["p50"], "%.2f") or "-", f(d["p99"], "%.2f") or "-", d["non2xx"])' "$wrk_json")
    [ "$RPS" != "-" ] || RPS=""
    if [ -z "$RPS" ]; then
      say "wrk gave no figures:"; cat "$WORK/wrk.txt"
    else
      say "$RPS requests/s, latency p50 $ST_P50 ms, p99 $ST_P99 ms"
      grep -E 'requests in|Socket errors' "$WORK/wrk.txt" | sed 's/^ *//'
      if [ "$non2xx" != 0 ]; then
        say "WARNING: $non2xx responses were not 2xx: the figure does not measure successful reads"
        RPS="$RPS (with $non2xx non-2xx)"
      fi
    fi
    RPS_LOAD=$(load)
    etag=$(qcurl --max-time 10 -o /dev/null -D - -H "$AUTH" "$BASE/jobs/$STATUS_JOB" | tr -d '\r' \
      | awk 'tolower($1) == "etag:" {sub(/^[^:]*: */, ""); print; exit}')
    if [ -n "$etag" ]; then
      wrk -t2 -c16 -d"${WRK_SECONDS}s" --timeout 5s --latency -H "$AUTH" -H "If-None-Match: $etag" \
        "$BASE/jobs/$STATUS_JOB" >"$WORK/wrk304.txt" 2>&1 || true
      read -r RPS304 ST304_P50 ST304_P99 < <(py "$HELPER" wrk <"$WORK/wrk304.txt" | py -c '
import json, sys
d = json.load(sys.stdin)
f = lambda v, fmt: fmt % v if v is not None else "-"
print(f(d["rps"], "%.0f"), f(d["p50"], "%.2f"), f(d["p99"], "%.2f"))')
      RPS304_LOAD=$(load)
      say "with If-None-Match ($etag, 304): $RPS304 requests/s, latency p50 $ST304_P50 ms, p99 $ST304_P99 ms (load $RPS304_LOAD)"
    else
      say "no ETag on the status answer: If-None-Match not measured"
    fi
  else
    say "wrk is not installed; skipped. Install it (sudo apt-get install wrk) and run:"
    say "  wrk -t2 -c16 -d${WRK_SECONDS}s --latency -H 'Authorization: Bearer <token>' $BASE/jobs/<id>"
  fi
fi

fi # steps 5-6

# ---------------------------------------------------------------------------------------------
# 7. Start and growth: a second server on a PostgreSQL database of its own, filled by SQL
# ---------------------------------------------------------------------------------------------
section "7. Start and growth: a server on PostgreSQL database $GROWTH_DB (port offset $GROWTH_OFFSET), 100,000 jobs, 1,000,000 images"
BOOT="" BOOT_WF="" BOOT_LOAD="" FILL="" GROWTH_LOAD=""
declare -A G_P50=() G_P99=() G_LOAD=()
GROWTH_FIGURES=(list stats status overview admin_jobs submissions quiz_stats)
pg() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }
if [ "$GROWTH" = 0 ]; then
  say "skipped (QM_BENCH_GROWTH=0)"
elif ! command -v psql >/dev/null || ! pg -tAc 'SELECT 1' >/dev/null 2>&1; then
  say "skipped: no PostgreSQL answers on 127.0.0.1:5432 as user postgres (or psql is missing)"
else
  GROWTH_HOME="$WORK/growth-home"
  GROWTH_PW="bench-$(od -An -tx8 -N8 /dev/urandom | tr -d ' ')"
  GROWTH_BASE="http://127.0.0.1:$((8080 + GROWTH_OFFSET))/api/v1"
  pg -qc "DROP DATABASE IF EXISTS $GROWTH_DB" -qc "CREATE DATABASE $GROWTH_DB"
  BOOT_LOAD=$(load)
  t0=$(now)
  if QM_HOME="$GROWTH_HOME" QM_PORT_OFFSET="$GROWTH_OFFSET" QM_DB=postgresql \
      QM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$GROWTH_DB" QM_ADMIN_PASSWORD="$GROWTH_PW" \
      "$ROOT/quizmarker" start >"$WORK/growth-start.log" 2>&1; then
    BOOT=$(calc '%.1f' "$(now) - $t0")
    BOOT_WF=$(grep -o 'started in [0-9]*ms' "$GROWTH_HOME/server/log/server.log" | tail -1 | grep -o '[0-9]*' || true)
    say "boot + deployment: ${BOOT} s from launch until the API answered (polled every second); WildFly: started in ${BOOT_WF:-?} ms (load $BOOT_LOAD)"
    grep -E 'Database schema at version|Successfully applied' "$GROWTH_HOME/server/log/server.log" | sed 's/^.*INFO */  /' | cut -c1-160 || true
    owner=$(pg -d "$GROWTH_DB" -tAc "SELECT id FROM app_user WHERE username = 'admin'")
    t0=$(now)
    pg -d "$GROWTH_DB" -q -v owner="$owner" -f "$ROOT/scripts/bench/growth-fill.sql" >/dev/null
    FILL=$(calc '%.1f' "$(now) - $t0")
    say "filled in $FILL s: $(pg -d "$GROWTH_DB" -tAc "SELECT (SELECT count(*) FROM job) || ' jobs, ' || (SELECT count(*) FROM job_image) || ' images, ' || (SELECT count(*) FROM submission) || ' submissions; the measured user (admin) owns ' || (SELECT count(*) FROM job WHERE owner_id = $owner) || ' jobs'")"
    login_json=$(QMB_P="$GROWTH_PW" py -c 'import json, os; print(json.dumps({"username": "admin", "password": os.environ["QMB_P"]}))')
    qcurl --max-time 30 -c "$WORK/growth-cookies" -H 'Content-Type: application/json' --data-binary @- \
      -o /dev/null "$GROWTH_BASE/auth/login" <<<"$login_json"
    qcurl --max-time 30 -b "$WORK/growth-cookies" -H 'Content-Type: application/json' \
      --data-binary '{"name":"bench growth"}' -o "$WORK/growth-token.json" "$GROWTH_BASE/auth/tokens"
    GROWTH_TOKEN=$(field data.token "$WORK/growth-token.json")
    mapfile -t status_paths < <(pg -d "$GROWTH_DB" -tAc "SELECT '/jobs/' || id FROM job WHERE owner_id = $owner AND status = 'completed' ORDER BY created_at DESC LIMIT $REQUESTS")
    # The status warm-up reads other ended jobs: the timed ones must all miss the caches.
    mapfile -t status_warm_paths < <(pg -d "$GROWTH_DB" -tAc "SELECT '/jobs/' || id FROM job WHERE owner_id = $owner AND status = 'completed' ORDER BY created_at DESC OFFSET $REQUESTS LIMIT $GROWTH_WARMUP")
    # What the results page asks for: a page of 100 (the first, the second, sorted by score, by
    # name), and the quiz-wide figures; each quiz of the measured user in turn.
    mapfile -t quiz_paths < <(pg -d "$GROWTH_DB" -tAc "SELECT '/quizzes/' || id || '/submissions' || (ARRAY['', '?page=2', '?sort=score&order=desc', '?sort=student_name'])[id % 4 + 1] FROM quiz WHERE owner_id = $owner ORDER BY id")
    mapfile -t quiz_stats_paths < <(pg -d "$GROWTH_DB" -tAc "SELECT '/quizzes/' || id || '/stats' FROM quiz WHERE owner_id = $owner ORDER BY id")
    declare -A G_PATHS=(
      [list]="/jobs /jobs?status=completed /jobs?page=50 /jobs?job_type=grading"
      [stats]="/jobs/stats"
      [status]="${status_paths[*]}"
      [overview]="/admin/overview"
      [admin_jobs]="/admin/jobs /admin/jobs?status=failed /admin/jobs?page=50"
      [submissions]="${quiz_paths[*]}"
      [quiz_stats]="${quiz_stats_paths[*]}")
    for g in "${GROWTH_FIGURES[@]}"; do
      warm="${G_PATHS[$g]}"
      [ "$g" = status ] && warm="${status_warm_paths[*]}"
      # shellcheck disable=SC2086
      QM_BENCH_TOKEN="$GROWTH_TOKEN" py "$HELPER" latency "$GROWTH_BASE" "$GROWTH_WARMUP" $warm >/dev/null  # warm-up
      G_LOAD[$g]=$(load)
      # shellcheck disable=SC2086
      res=$(QM_BENCH_TOKEN="$GROWTH_TOKEN" py "$HELPER" latency "$GROWTH_BASE" "$REQUESTS" ${G_PATHS[$g]})
      read -r G_P50[$g] G_P99[$g] bad < <(py -c 'import json,sys; d=json.loads(sys.argv[1]); print("%.1f %.1f %d" % (d["p50"], d["p99"], d["not_200"]))' "$res")
      say "$(printf '%-12s' "$g") p50 ${G_P50[$g]} ms, p99 ${G_P99[$g]} ms over $REQUESTS requests (load ${G_LOAD[$g]})$([ "$bad" = 0 ] || echo ", $bad NOT 200")"
      if [ "$bad" != 0 ]; then
        say "  first: $(py -c 'import json,sys; print(json.loads(sys.argv[1])["first_not_200"])' "$res")"
        G_P50[$g]="${G_P50[$g]} ($bad of $REQUESTS not 200)"
      fi
    done
    say "(the status figure reads $REQUESTS different ended jobs, each once: every one misses the in-memory caches)"
  else
    say "the growth server did not start; last lines:"; tail -n 20 "$WORK/growth-start.log"
  fi
  QM_HOME="$GROWTH_HOME" QM_PORT_OFFSET="$GROWTH_OFFSET" "$ROOT/quizmarker" stop >/dev/null 2>&1 || true
  GROWTH_HOME=""
fi

# ---------------------------------------------------------------------------------------------
# 8. Summary
# ---------------------------------------------------------------------------------------------
with_ratio() {
  if [ -z "$1" ]; then echo "n/a"; else echo "$1 s$(ratios "$1")"; fi
}
section "8. Summary"
say ""
say "| Figure | Value | Target | Load (1 min) |"
say "| --- | --- | --- | --- |"
if [ "$ONLY" = growth ]; then
  say "| Boot + deployment (to the API answering; WildFly's own figure) | $(or_na "${BOOT:+$BOOT s (${BOOT_WF:-?} ms)}") | ≤ 15 s | $BOOT_LOAD |"
  for g in "${GROWTH_FIGURES[@]}"; do
    say "| Growth (100,000 jobs, 1,000,000 images, PostgreSQL): $g (p50 / p99) | $(or_na "${G_P50[$g]:+${G_P50[$g]} / ${G_P99[$g]} ms}") | p99 ≤ 20 ms | ${G_LOAD[$g]:-} |"
  done
  exit 0
fi
say "| Floor: \`tesseract --psm 6\` CLI (one engine), $NSHEETS sheets, 2 processes | $(or_na "${FLOOR:+$FLOOR s}") | | $FLOOR_LOAD |"
say "| Engine floor: both engines' own inference, $NSHEETS pages, 2 threads | $(or_na "${EFLOOR:+$EFLOOR s}") | | $EFLOOR_LOAD |"
say "| One job of $NSHEETS images, upload to completed | $(with_ratio "$BATCH") | ≤ 1.15× floor | $BATCH_LOAD |"
say "| $NSHEETS one-image jobs, first upload to all ended | $(with_ratio "$SINGLES") | ≤ 1.15× floor | $SINGLES_LOAD |"
say "| Server peak RSS during the two batches | $(or_na "${RSS_PEAK:+$RSS_PEAK MiB}")$([ -n "$HWM" ] && echo " (VmHWM $HWM MiB)") | ≤ 1 GiB | |"
if [ "$LARGE" = 1 ]; then
  say "| $LARGE_N sheets ($LARGE_UPLOADS uploads of 50), upload to all ended | $(or_na "${LARGE_WALL:+$LARGE_WALL s, $LARGE_PER s per sheet}") | step 2's rate per sheet | $LARGE_LOAD–$LARGE_LOAD_END |"
  say "| Server VmRSS across it, start / middle / end / peak | $(or_na "$LARGE_RSS") | flat, ≤ 1 GiB | |"
fi
say "| Upload, one $((SMALL_BYTES / 1024)) KiB image, $UPLOADS sequential, idle workers (p50 / p99) | $(or_na "${IDLE_P50:+$IDLE_P50 / $IDLE_P99 ms}") | p99 ≤ 5 ms | $IDLE_LOAD |"
say "| Upload, the same while the workers read (p50 / p99 / max) | $LAT_P50 / $LAT_P99 / $LAT_MAX ms | p99 ≤ 15 ms | $LAT_LOAD |"
say "| GET /jobs/{id}, wrk 16 connections, 200 (p50 / p99) | $(or_na "${RPS:+$RPS req/s}")$([ -n "$ST_P50" ] && [ "$ST_P50" != - ] && echo " ($ST_P50 / $ST_P99 ms)") | ≥ 13,000 req/s, p99 ≤ 10 ms | $RPS_LOAD |"
say "| GET /jobs/{id} with If-None-Match, 304 (p50 / p99) | $(or_na "${RPS304:+$RPS304 req/s ($ST304_P50 / $ST304_P99 ms)}") | ≥ 13,000 req/s, p99 ≤ 10 ms | $RPS304_LOAD |"
say "| Boot + deployment (to the API answering; WildFly's own figure) | $(or_na "${BOOT:+$BOOT s (${BOOT_WF:-?} ms)}") | ≤ 15 s | $BOOT_LOAD |"
for g in "${GROWTH_FIGURES[@]}"; do
  say "| Growth (100,000 jobs, 1,000,000 images, PostgreSQL): $g (p50 / p99) | $(or_na "${G_P50[$g]:+${G_P50[$g]} / ${G_P99[$g]} ms}") | p99 ≤ 20 ms | ${G_LOAD[$g]:-} |"
done
say ""
say "Measured $DATE on $NPROC × ${CPU:-unknown CPU}, $RAM_GIB GiB RAM; server workers $SERVER_WORKERS, heap max $SERVER_HEAP."
