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
# -pl ejb needs persistence in the local repository; a fresh machine gets it (and the
# dependencies) from one reactor build here, later runs stay offline and quick.
if ! mvn -q -o -pl ejb test-compile -Dspotless.check.skip=true 2>/dev/null; then
  mvn -q -B -pl ejb -am install -DskipTests -Dspotless.check.skip=true
  mvn -q -B -pl ejb test-compile -Dspotless.check.skip=true
fi
CP_FILE="ejb/target/accuracy-classpath.txt"
if [[ ! -s "$CP_FILE" || ejb/pom.xml -nt "$CP_FILE" || pom.xml -nt "$CP_FILE" ]]; then
  mvn -q -B -pl ejb dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/$CP_FILE" >/dev/null
fi
export OMP_THREAD_LIMIT=1
exec java ${JAVA_OPTS:-} -cp "ejb/target/classes:ejb/target/test-classes:$(cat "$CP_FILE")" \
  org.quizmarker.accuracy.AccuracyBenchmark ${args[@]+"${args[@]}"}
