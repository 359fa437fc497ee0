#!/bin/sh
# Times csmb end to end (JVM start to files written) against a bare `java -version`, in alternating runs, and
# prints the median of each. Usage, from the repository root after `mvn -B -q package -DskipTests`:
#
#   examples/csmb-benchmarks/cli-timing.sh [runs]          # default 11 runs of each
#
# Measured: `java -version`; `java -jar csmb.jar platforms` and `generate` (default JVM flags); the same two through
# the launcher `examples/csmb-cli/target/csmb` (C1 only, AppCDS). Wall-clock milliseconds; the machine's load
# average is printed with the result, since these numbers mean little on a busy machine.
set -eu
runs=${1:-11}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/examples/csmb-cli/target/csmb.jar
launcher=$root/examples/csmb-cli/target/csmb
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

generate="generate --platform=cli-interface --name=Timing-Bot --priority=session-management,message-persistence"

now() { date +%s%N; }

# one NAME COMMAND...: runs the command once (output discarded, project folder removed first) and appends the time.
one() {
    name=$1; shift
    rm -rf "$out/bot"
    start=$(now)
    "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    echo $(( ($(now) - start) / 1000000 )) >> "$out/$name"
}

"$launcher" --version > /dev/null 2>&1   # records the launcher's archive if the build did not
i=0
while [ "$i" -lt "$runs" ]; do
    one java-version java -version
    # shellcheck disable=SC2086
    one jar-generate java -jar "$jar" $generate --out "$out/bot"
    # shellcheck disable=SC2086
    one launcher-generate "$launcher" $generate --out "$out/bot"
    one jar-platforms java -jar "$jar" platforms
    one launcher-platforms "$launcher" platforms
    i=$((i + 1))
done

median() { sort -n "$out/$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "median of $runs alternating runs, ms (load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime))"
for name in java-version jar-platforms launcher-platforms jar-generate launcher-generate; do
    printf '  %-20s %6s ms   (all: %s)\n' "$name" "$(median "$name")" "$(sort -n "$out/$name" | tr '\n' ' ')"
done
