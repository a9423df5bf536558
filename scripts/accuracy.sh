#!/usr/bin/env bash
# Reading and grading accuracy of the sheet pipeline against raw Tesseract.
#   scripts/accuracy.sh [FOLDER] [--only REGEX] [--verbose] [--threads N]
#   scripts/accuracy.sh --engines-only [FOLDER] [--threads N]
# times both engines alone on the sheets (the committee's floor, see EngineFloor).
# FOLDER defaults to the dev sheets (shared/quizsheets/dev, or -Dqm.quizsheets via JAVA_OPTS).
#   scripts/accuracy.sh --server-memory
# measures a started server's peak RSS while it reads a batch (see scripts/server-memory.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${1:-}" = --server-memory ]; then
  shift
  exec bash "$ROOT/scripts/server-memory.sh" "$@"
fi
# Folders given relative to the caller's directory keep working after the cd below.
args=()
for a in "$@"; do
  if [[ "$a" != -* && -e "$a" ]]; then
    args+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
  else
    args+=("$a")
  fi
done
cd "$ROOT"
# Built in one reactor with persistence (never from the shared local repository, which may hold
# another branch's persistence jar); the first run on a fresh machine downloads dependencies.
CP_FILE="ejb/target/accuracy-classpath.txt"
build() {
  mvn -q -B "$@" -pl ejb -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.includeScope=test -Dmdep.outputFile="$ROOT/$CP_FILE" >/dev/null
}
build -o 2>/dev/null || build
export OMP_THREAD_LIMIT=1
exec java ${JAVA_OPTS:-} -cp "ejb/target/classes:ejb/target/test-classes:persistence/target/classes:$(cat "$CP_FILE")" \
  org.quizmarker.accuracy.AccuracyBenchmark ${args[@]+"${args[@]}"}
