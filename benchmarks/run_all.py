#!/usr/bin/env python3
"""Run every benchmark in turn (minutes: the ingest and story benchmarks build 10,000+ pages)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["bench_ingest.py", "bench_extract.py", "bench_facts.py", "bench_stories.py", "bench_api.py"]

if __name__ == "__main__":
    failed = 0
    for script in BENCHMARKS:
        print(f"== {script}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script)]).returncode != 0
    sys.exit(1 if failed else 0)
