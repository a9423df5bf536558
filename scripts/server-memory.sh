#!/usr/bin/env bash
# Peak memory of a started QuizMarker server while it reads a batch of sheets.
# Called by `scripts/accuracy.sh --server-memory` (`./quizmarker accuracy --server-memory`).
#
# Uploads QM_MEMORY_UPLOADS uploads (default 2) of QM_MEMORY_FILES sheets each (default 50; the
# sheets of the folder are repeated to fill them), back to back, waits until every job ended, and
# prints the server JVM's peak VmRSS (sampled every 0.2 s), its VmHWM, the wall time and sheets/s.
# When the JVM runs with -XX:NativeMemoryTracking=summary, it also prints the NMT summary taken at
# the highest RSS seen while the batch ran (committed MiB per category) and the heap after a GC.
#
# With --largest, the batch is instead one upload as large as the server accepts: QM_MAX_FILES
# sheets, each scaled up to an uncompressed PNG of min(QM_MAX_FILE_BYTES, QM_MAX_REQUEST_BYTES /
# QM_MAX_FILES) bytes less 1 % (scripts/LargeSheets.java), so the heap is checked against the
# biggest request and the biggest files. Give it the server's QM_MAX_* settings. It fails (exit 1)
# unless the upload is accepted, every sheet is read, and the server logged no OutOfMemoryError.
#
# Configuration (environment), as for ./quizmarker and scripts/bench.sh:
#   QM_PORT_OFFSET, QM_HOME, QM_ADMIN_USER (admin), QM_ADMIN_PASSWORD (or the stored one),
#   QM_MEMORY_SHEETS  folder of sheet_*.png/jpg (default <repo>/../shared/quizsheets/dev)
#   QM_MEMORY_PID     the server JVM's pid, when it cannot be found by its QM_HOME
set -euo pipefail
export LC_ALL=C

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { printf '%s\n' "$*"; }
die() { printf 'server-memory: %s\n' "$*" >&2; exit 1; }
command -v curl >/dev/null || die "curl is required"
command -v python3 >/dev/null || die "python3 is required"

QM_PORT_OFFSET="${QM_PORT_OFFSET:-0}"
[[ "$QM_PORT_OFFSET" =~ ^[0-9]+$ ]] || die "QM_PORT_OFFSET must be a number"
BASE="http://127.0.0.1:$((8080 + QM_PORT_OFFSET))/api/v1"
QM_HOME="${QM_HOME:-$ROOT/.quizmarker}"
SHEETS="${QM_MEMORY_SHEETS:-$ROOT/../shared/quizsheets/dev}"
UPLOADS="${QM_MEMORY_UPLOADS:-2}"
FILES="${QM_MEMORY_FILES:-50}"
LARGEST=false
[ "${1:-}" != --largest ] || LARGEST=true
[[ "$UPLOADS" =~ ^[1-9][0-9]*$ && "$FILES" =~ ^[1-9][0-9]*$ ]] \
  || die "QM_MEMORY_UPLOADS and QM_MEMORY_FILES must be positive numbers"
PASSWORD_FILE="$QM_HOME/server/data/quizmarker/admin-password"
PASSWORD="${QM_ADMIN_PASSWORD:-}"
[ -n "$PASSWORD" ] || { [ -r "$PASSWORD_FILE" ] && PASSWORD="$(cat "$PASSWORD_FILE")"; } \
  || die "set QM_ADMIN_PASSWORD (no stored password in $PASSWORD_FILE)"

mapfile -t SHEET_FILES < <(find -L "$SHEETS" -maxdepth 1 -type f \
  \( -name 'sheet_*.png' -o -name 'sheet_*.jpg' \) | sort)
[ ${#SHEET_FILES[@]} -gt 0 ] || die "no sheet_*.png / sheet_*.jpg in $SHEETS"

PID="${QM_MEMORY_PID:-}"
if [ -z "$PID" ]; then
  home_abs=$(cd "$QM_HOME" 2>/dev/null && pwd -P || echo "$QM_HOME")
  for p in $(pgrep -f 'jboss-modules.jar' || true); do
    case "$(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)" in
      *"jboss.server.base.dir=$QM_HOME/server "* | *"jboss.server.base.dir=$home_abs/server "*)
        PID=$p ;;
    esac
  done
fi
[ -n "$PID" ] && [ -r "/proc/$PID/status" ] || die "no server JVM of QM_HOME=$QM_HOME (set QM_MEMORY_PID)"
CMDLINE=$(tr '\0' ' ' <"/proc/$PID/cmdline")
NMT=false
[[ "$CMDLINE" == *"NativeMemoryTracking=summary"* || "$CMDLINE" == *"NativeMemoryTracking=detail"* ]] && NMT=true

SAMPLER="" TOKEN="" TOKEN_ID=""
WORK="$(mktemp -d "${TMPDIR:-/tmp}/qm-memory.XXXXXX")"
cleanup() {
  [ -z "$SAMPLER" ] || { kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; }
  [ -z "$TOKEN_ID" ] || curl -s --noproxy '*' --max-time 10 -o /dev/null -X DELETE \
    -H "Authorization: Bearer $TOKEN" "$BASE/auth/tokens/$TOKEN_ID" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): d=d[k]
print(d)' "$1" "$2"; }

if $LARGEST; then
  # The defaults are the server's (README, Configuration).
  FILES="${QM_MAX_FILES:-50}"
  max_file="${QM_MAX_FILE_BYTES:-20971520}" max_request="${QM_MAX_REQUEST_BYTES:-209715200}"
  each=$(( max_request / FILES < max_file ? max_request / FILES : max_file ))
  each=$(( each * 99 / 100 - 4096 )) # the multipart headers fit in what is left
  say "Making $FILES sheets of about $((each / 1024 / 1024)) MiB (scripts/LargeSheets.java)..."
  java "$ROOT/scripts/LargeSheets.java" "$SHEETS" "$WORK" "$FILES" "$each" || die "making the large sheets failed"
  mapfile -t SHEET_FILES < <(find "$WORK" -maxdepth 1 -name 'large_*.png' | sort)
  UPLOADS=1
  LOG_LINES_BEFORE=$(wc -l <"$QM_HOME/server/log/server.log" 2>/dev/null || echo 0)
fi

# Sign in and take a token for this run only.
login=$(QMM_U="${QM_ADMIN_USER:-admin}" QMM_P="$PASSWORD" python3 -c \
  'import json,os; print(json.dumps({"username": os.environ["QMM_U"], "password": os.environ["QMM_P"]}))')
code=$(curl -s --noproxy '*' -c "$WORK/cookies" -H 'Content-Type: application/json' --data-binary @- \
  -o "$WORK/login.json" -w '%{http_code}' "$BASE/auth/login" <<<"$login")
[ "$code" = 200 ] || die "signing in answered HTTP $code"
code=$(curl -s --noproxy '*' -b "$WORK/cookies" -H 'Content-Type: application/json' \
  --data-binary '{"name":"server-memory"}' -o "$WORK/token.json" -w '%{http_code}' "$BASE/auth/tokens")
[[ "$code" = 200 || "$code" = 201 ]] || die "creating a token answered HTTP $code"
TOKEN=$(field "$WORK/token.json" data.token)
TOKEN_ID=$(field "$WORK/token.json" data.id)
AUTH="Authorization: Bearer $TOKEN"

# VmRSS every 0.2 s; at each new peak (by 20 MiB or more) an NMT summary is kept.
(
  peak=0
  while rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status" 2>/dev/null) && [ -n "$rss" ]; do
    echo "$rss" >>"$WORK/rss"
    if $NMT && [ "$rss" -gt $((peak + 20480)) ]; then
      peak=$rss
      jcmd "$PID" VM.native_memory summary scale=MB >"$WORK/nmt.tmp" 2>/dev/null \
        && { echo "at VmRSS $((rss / 1024)) MiB" >"$WORK/nmt"; cat "$WORK/nmt.tmp" >>"$WORK/nmt"; }
    fi
    sleep 0.2
  done
) &
SAMPLER=$!

say "Server:  pid $PID, $(grep -o -- '-Dqm.workers=[0-9]*' <<<"$CMDLINE" | head -1), $(grep -o -- '-Xm[sx][0-9]*[kKmMgG]' <<<"$CMDLINE" | tr '\n' ' ')"
say "Batch:   $UPLOADS upload(s) of $FILES sheets from $SHEETS (${#SHEET_FILES[@]} files, repeated$($LARGEST && echo ", scaled up to $(du -cm "${SHEET_FILES[@]}" | tail -1 | cut -f1) MiB in all"))"
t0=$(date +%s.%N)
JOBS=()
n=0
for u in $(seq 1 "$UPLOADS"); do
  args=()
  for _ in $(seq 1 "$FILES"); do
    args+=(-F "files[]=@${SHEET_FILES[$((n % ${#SHEET_FILES[@]}))]}")
    n=$((n + 1))
  done
  code=$(curl -s --noproxy '*' --max-time 900 -H "$AUTH" -H 'Expect:' -o "$WORK/up-$u.json" \
    -w '%{http_code}' "${args[@]}" "$BASE/upload")
  [ "$code" = 202 ] || die "upload $u answered HTTP $code: $(head -c 300 "$WORK/up-$u.json")"
  JOBS+=("$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("job_id") or d["data"]["job_id"])' "$WORK/up-$u.json")")
done
python3 - "$BASE" "$TOKEN" "${JOBS[@]}" <<'EOF' >"$WORK/jobs"
import json, sys, time, urllib.request
base, token, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
pending, items, failed = set(ids), 0, 0
deadline = time.time() + 1800
while pending and time.time() < deadline:
    for jid in list(pending):
        req = urllib.request.Request(base + "/jobs/" + jid, headers={"Authorization": "Bearer " + token})
        data = json.load(urllib.request.urlopen(req, timeout=30))["data"]
        if data.get("status") in ("completed", "failed", "cancelled"):
            pending.discard(jid)
            result = data.get("result") or []
            items += len(result)
            failed += sum(1 for r in result if r.get("status") != "completed")
    time.sleep(0.5)
print(items, failed, len(pending))
EOF
t1=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true
wait "$SAMPLER" 2>/dev/null || true
SAMPLER=""
read -r items failed pending <"$WORK/jobs"
wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
say "Jobs:    $items images read, $failed failed, $pending job(s) not ended within 30 min"
say "Wall:    $wall s, $(awk -v n="$items" -v w="$wall" 'BEGIN {printf "%.3f", n / w}') sheets/s"
say "VmRSS:   peak $(sort -n "$WORK/rss" | tail -1 | awk '{printf "%.0f", $1 / 1024}') MiB over $(wc -l <"$WORK/rss") samples; VmHWM (JVM lifetime) $(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status") MiB"
if $NMT && [ -s "$WORK/nmt" ]; then
  say "NMT summary (committed MiB) $(head -1 "$WORK/nmt"):"
  # "-  Java Heap (reserved=1024MB, committed=512MB)" -> category and committed
  sed -n 's/^-[[:space:]]*\(.*[^ ]\)[[:space:]]*(reserved=[0-9]*MB, committed=\([0-9]*\)MB).*/\2 \1/p; s/^Total: reserved=[0-9]*MB, committed=\([0-9]*\)MB.*/\1 Total (NMT)/p' "$WORK/nmt" \
    | sort -rn | awk '$1 > 0 {printf "  %6d  %s\n", $1, substr($0, index($0, " ") + 1)}'
fi
if command -v jcmd >/dev/null; then
  jcmd "$PID" GC.run >/dev/null 2>&1 || true
  say "Heap after GC: $(jcmd "$PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|total/ {print; exit}' | sed 's/^ *//')"
  say "VmRSS after GC: $(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status") MiB"
fi
if $LARGEST; then
  oom=$(tail -n +"$((LOG_LINES_BEFORE + 1))" "$QM_HOME/server/log/server.log" 2>/dev/null | grep -c OutOfMemoryError || true)
  say "Server log: $oom line(s) with OutOfMemoryError during the upload"
  [ "$items" = "$FILES" ] && [ "$failed" = 0 ] && [ "$pending" = 0 ] && [ "$oom" = 0 ] \
    || die "the largest upload was not read in full (see above)"
  say "Largest upload: accepted and read in full"
fi
