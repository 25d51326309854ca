#!/usr/bin/env bash
# End-to-end benchmark: claimcheck against ripgrep over the same files in the
# same run (so machine noise cancels), peak memory, and linearity over 25%,
# 50% and 100% of Reuters-21578. Writes the table to BENCHMARKS.md.
# Needs hyperfine and ripgrep (Debian packages; installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${CORPORA:-../shared/corpora}
[ -d "$corpora" ] || { echo "no corpora at $corpora" >&2; exit 2; }
if ! command -v hyperfine >/dev/null || ! command -v rg >/dev/null; then
  apt-get update -qq && apt-get install -y -qq hyperfine ripgrep >/dev/null
fi
cargo build --release --locked --quiet
bin=./target/release/claimcheck
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

hyperfine --warmup 1 --runs 5 --export-json "$out/main.json" \
  "rg -c -i '(killed|wounded|injured|dead|died)' $corpora" \
  "$bin claims $corpora --format json" \
  "$bin report $corpora --format json" >/dev/null

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print int($2/1024)}'; }
peak_claims=$(peak $bin claims "$corpora" --format json)
peak_report=$(peak $bin report "$corpora" --format json)

# Linearity: the first 25%, 50% and 100% of Reuters' day folders.
mapfile -t days < <(ls -d "$corpora"/reuters21578/*/ | sort)
n=${#days[@]}
for share in 25 50 100; do
  k=$(( (n * share + 99) / 100 ))
  printf '%s\n' "${days[@]:0:k}" > "$out/days-$share"
done
hyperfine --warmup 1 --runs 5 --export-json "$out/linear.json" \
  "xargs -a $out/days-25 $bin report --format json" \
  "xargs -a $out/days-50 $bin report --format json" \
  "xargs -a $out/days-100 $bin report --format json" >/dev/null

python3 - "$out" "$peak_claims" "$peak_report" "$corpora" <<'PY'
import json, os, platform, sys
out, peak_claims, peak_report, corpora = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
main = json.load(open(f"{out}/main.json"))["results"]
rg, claims, report = (r["mean"] for r in main)
lin = json.load(open(f"{out}/linear.json"))["results"]
sizes = []
for share in (25, 50, 100):
    days = open(f"{out}/days-{share}").read().split()
    sizes.append(sum(os.path.getsize(os.path.join(d, f)) for d in days for f in os.listdir(d) if f.endswith(".txt")))
times = [r["mean"] for r in lin]
# Deviation of the 50% point from the straight line through 25% and 100%.
slope = (times[2] - times[0]) / (sizes[2] - sizes[0])
expected = times[0] + slope * (sizes[1] - sizes[0])
deviation = abs(times[1] - expected) / expected * 100
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
lines = [
    "# Benchmarks", "",
    f"Machine: {os.cpu_count()} cores, {cpu}. Corpus: `{corpora}` (22,981 articles, 26 MB).",
    "Produced by `benches/run.sh` (hyperfine, 5 runs after a warm-up; peak memory from `/usr/bin/time -v`).", "",
    "| command | mean | ratio to rg | target | peak memory |",
    "|---|---:|---:|---:|---:|",
    f"| `rg -c -i '(killed\\|wounded\\|injured\\|dead\\|died)'` | {rg:.3f} s | 1.0 | | |",
    f"| `claimcheck claims --format json` | {claims:.2f} s | {claims/rg:.1f}x | 8x | {peak_claims} MB |",
    f"| `claimcheck report --format json` | {report:.2f} s | {report/rg:.1f}x | 12x | {peak_report} MB (target 300 MB) |",
    "", "Linearity (report over the first 25%, 50% and 100% of Reuters-21578's day folders):", "",
    "| share | bytes | mean |", "|---:|---:|---:|",
]
for share, size, t in zip((25, 50, 100), sizes, times):
    lines.append(f"| {share}% | {size:,} | {t:.2f} s |")
lines += ["", f"The 50% point lies {deviation:.1f}% from the straight line through 25% and 100% (target: within 10%).", ""]
open("BENCHMARKS.md", "w").write("\n".join(lines))
print("\n".join(lines))
PY
