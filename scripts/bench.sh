#!/usr/bin/env bash
# Native parse benchmark (criterion). Prints, for this machine, the throughput in MB/s
# for the seed record, the largest verbatim record (A/79/PV.29) and ten concatenated
# copies of each, and the ratio time(10 copies) / time(1 copy): linear time gives 10.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo bench --bench parse -- --noplot "$@" >&2
python3 - <<'PY'
import json, os
base = "target/criterion/parse"
rows = {}
for name in ["seed", "seed_x10", "verbatim_A_79_PV.29", "verbatim_x10"]:
    est = json.load(open(os.path.join(base, name, "new", "estimates.json")))
    bench = json.load(open(os.path.join(base, name, "new", "benchmark.json")))
    ns = est["mean"]["point_estimate"]
    size = bench["throughput"]["Bytes"]
    rows[name] = (ns, size)
print(f"{'input':<22} {'bytes':>9} {'mean':>10} {'MB/s':>8}")
for name, (ns, size) in rows.items():
    print(f"{name:<22} {size:>9} {ns/1e6:>8.3f}ms {size/ns*1e3:>8.1f}")
for one, ten in [("seed", "seed_x10"), ("verbatim_A_79_PV.29", "verbatim_x10")]:
    print(f"ratio {ten}/{one}: {rows[ten][0]/rows[one][0]:.2f} (linear = 10, target <= 11)")
PY
