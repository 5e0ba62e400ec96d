#!/usr/bin/env bash
# `orchestrator run` with the configuration `init` writes, against the sequential script, on the same export and the
# same TIPSA simulator (20 ms per call unless LATENCY_MS says otherwise). Usage, from the package root:
#   Benchmarks/Reference/compare-defaults.sh [ORDERS]
# Each side gets a new folder under TMPDIR (see docs/development/benchmarks.md on why). Prints both rates and their ratio.
set -euo pipefail
orders=${1:-2000}
latency=${LATENCY_MS:-20}
swift build -c release --product orchestrator >/dev/null 2>&1
binary=.build/release/orchestrator
work=$(mktemp -d)
trap 'kill $simulator 2>/dev/null || true; rm -rf "$work"' EXIT

"$binary" simulate --tipsa-port 0 --ontime-port 0 --mirakl-port 0 --mirakl-orders 0 --latency-ms "$latency" \
    >"$work/simulate.out" 2>/dev/null &
simulator=$!
until [ -s "$work/simulate.out" ]; do sleep 0.1; done
# The carriers only: the script does not confirm to Mirakl either.
export $(tr ' ' '\n' <"$work/simulate.out" | grep -E '^(TIPSA|ONTIME)_')

python3 Benchmarks/Reference/sequential_post.py generate "$work/export.csv" "$orders"
python3 Benchmarks/Reference/sequential_post.py post "$work/export.csv" "$work/script" | tee "$work/script.out"

"$binary" init --root "$work/root" >/dev/null
# A sender of its own: a real run refuses to book from init's placeholder address.
sed -i 's/name: Sandbox Seller/name: Benchmark Seller/; s/street: Calle de Alcalá 1/street: Calle de Prueba 2/;
        s/phone: "910000000"/phone: "910000001"/' "$work/root/orchestrator.yml"
cp "$work/export.csv" "$work/root/inbox/"
touch -d '1 minute ago' "$work/root/inbox/export.csv"   # past init's settle time
started=$(date +%s.%N)
"$binary" run --root "$work/root" || true
finished=$(date +%s.%N)

script_rate=$(grep -o '[0-9.]* orders/s' "$work/script.out" | cut -d' ' -f1)
python3 - "$orders" "$started" "$finished" "$script_rate" <<'PY'
import sys
orders, started, finished, script = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
rate = orders / (finished - started)
print(f"orchestrator run (init's configuration): {orders} orders in {finished - started:.2f} s, {rate:.1f} orders/s")
print(f"ratio to the sequential script: {rate / script:.1f}x")
PY
