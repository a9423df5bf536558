#!/usr/bin/env bash
# Reading and grading accuracy of the sheet pipeline against raw Tesseract.
#   scripts/accuracy.sh [FOLDER] [--only REGEX] [--verbose] [--threads N]
# FOLDER defaults to the dev sheets (shared/quizsheets/dev, or -Dqm.quizsheets via JAVA_OPTS).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
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
MVN_OFFLINE="${MVN_OFFLINE:--o}"
mvn -q $MVN_OFFLINE -pl ejb test-compile -Dspotless.check.skip=true
CP_FILE="ejb/target/accuracy-classpath.txt"
if [[ ! -s "$CP_FILE" || ejb/pom.xml -nt "$CP_FILE" || pom.xml -nt "$CP_FILE" ]]; then
  mvn -q $MVN_OFFLINE -pl ejb dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/$CP_FILE" >/dev/null
fi
export OMP_THREAD_LIMIT=1
exec java ${JAVA_OPTS:-} -cp "ejb/target/classes:ejb/target/test-classes:$(cat "$CP_FILE")" \
  org.quizmarker.accuracy.AccuracyBenchmark ${args[@]+"${args[@]}"}
