#!/usr/bin/env bash
# Builds the solution, runs every test project, and prints one closing line
# "N passed, N failed[, N skipped]" added up from the TRX results of this run.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
results=$(mktemp -d "${TMPDIR:-/tmp}/btwc-test-results.XXXXXX")
trap 'rm -rf "$results"' EXIT

dotnet test btwc-operator.slnx --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  executed=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  ok=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  bad=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${ok:-0}))
  failed=$((failed + ${bad:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done

# A test host that crashed leaves no TRX counters behind; count the run as failed then.
if [[ $status -ne 0 && $failed -eq 0 ]]; then
  failed=1
fi

line="$passed passed, $failed failed"
if [[ $skipped -gt 0 ]]; then
  line="$line, $skipped skipped"
fi
echo "$line"
exit $status
