#!/bin/sh
# Times csmb end to end (JVM start to files written) against a bare `java -version`, in alternating runs, and
# prints the median of each. Usage, from the repository root after `mvn -B -q package -DskipTests`:
#
#   examples/csmb-benchmarks/cli-timing.sh [runs]          # default 11 runs of each
#   CSMB_BEFORE_JAR=/path/to/older/csmb.jar examples/csmb-benchmarks/cli-timing.sh 21   # also an older build
#
# Measured: `java -version`; `java -jar csmb.jar platforms` and `generate` (default JVM flags); the same two through
# the launcher `examples/csmb-cli/target/csmb` (C1 only, AppCDS); with CSMB_BEFORE_JAR, `java -jar` of that jar too.
# `generate` is the README's own command. Wall-clock milliseconds; where GNU time is installed (/usr/bin/time), also
# the process's CPU time (user + system) and peak resident memory. The machine's load average is printed with the
# result, since these numbers mean little on a busy machine.
set -eu
runs=${1:-11}
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/examples/csmb-cli/target/csmb.jar
launcher=$root/examples/csmb-cli/target/csmb
before=${CSMB_BEFORE_JAR:-}
[ -f "$jar" ] && [ -x "$launcher" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -z "$before" ] || [ -f "$before" ] || { echo "CSMB_BEFORE_JAR: $before is not a file" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
gnutime=
[ -x /usr/bin/time ] && /usr/bin/time -f '%e' true > /dev/null 2>&1 && gnutime=/usr/bin/time

generate="generate --platform cli-interface --name My-Bot --priority session-management --priority message-persistence"

now() { date +%s%N; }

# one NAME COMMAND...: runs the command once (output discarded, project folder removed first) and appends its wall
# time in ms to NAME, and with GNU time its CPU time in ms and peak RSS in MiB to NAME.cpu and NAME.rss.
one() {
    name=$1; shift
    rm -rf "$out/bot"
    start=$(now)
    if [ -n "$gnutime" ]; then
        "$gnutime" -o "$out/.time" -f '%U %S %M' "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    else
        "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    fi
    echo $(( ($(now) - start) / 1000000 )) >> "$out/$name"
    if [ -n "$gnutime" ]; then
        awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$out/.time" >> "$out/$name.cpu"
        awk '{ printf "%d\n", $3 / 1024 }' "$out/.time" >> "$out/$name.rss"
    fi
}

"$launcher" --version > /dev/null 2>&1   # makes the launcher's archive if the build did not
i=0
while [ "$i" -lt "$runs" ]; do
    one java-version java -version
    # shellcheck disable=SC2086
    one jar-generate java -jar "$jar" $generate --out "$out/bot"
    # shellcheck disable=SC2086
    one launcher-generate "$launcher" $generate --out "$out/bot"
    one jar-platforms java -jar "$jar" platforms
    one launcher-platforms "$launcher" platforms
    if [ -n "$before" ]; then
        # shellcheck disable=SC2086
        one before-generate java -jar "$before" $generate --out "$out/bot"
        one before-platforms java -jar "$before" platforms
    fi
    i=$((i + 1))
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "median of $runs alternating runs (load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime))"
names="java-version jar-platforms launcher-platforms jar-generate launcher-generate"
[ -z "$before" ] || names="java-version before-platforms jar-platforms launcher-platforms before-generate jar-generate launcher-generate"
for name in $names; do
    if [ -n "$gnutime" ]; then
        printf '  %-20s %6s ms   cpu %6s ms   rss %4s MiB   (all ms: %s)\n' "$name" "$(median "$out/$name")" \
            "$(median "$out/$name.cpu")" "$(median "$out/$name.rss")" "$(sort -n "$out/$name" | tr '\n' ' ')"
    else
        printf '  %-20s %6s ms   (all: %s)\n' "$name" "$(median "$out/$name")" "$(sort -n "$out/$name" | tr '\n' ' ')"
    fi
done
