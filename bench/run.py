"""`make bench`'s load benchmark: `python -m bench.run URL [URL ...]` measures each benchmark
database in turn (bench/measure.py, one process each, so each has its own settings), prints
its table, then, given several, the listings' p50 latency at the largest data set against the
smallest (target: at most 1.25 times), and writes everything to bench/results/<date>.json.
Exits non-zero when a page failed (an error response or socket errors), not on a missed
target: a benchmark prints figures."""

import json
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from . import report
from .environment import DEFAULT_DATABASE_URL, ROOT, manage, site_environment
from .measure import options_parser

RESULTS = ROOT / "bench" / "results"


def collect_static(database_url):
    """Production settings serve static files through WhiteNoise's manifest: collect first."""
    subprocess.run(
        manage("collectstatic", "--noinput", "-v", "0"),
        env=site_environment(database_url),
        cwd=ROOT,
        check=True,
    )


def measure(database_url, passed):
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        result = subprocess.run(
            [sys.executable, "-m", "bench.measure", "--database-url", database_url]
            + ["--output", output.name, *passed],
            cwd=ROOT,
            check=False,
        )
        try:
            run = json.loads(Path(output.name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            run = None
    return result.returncode, run


def main(argv=None):
    parser = options_parser()
    parser.description = __doc__.split("\n\n")[0]
    parser.add_argument("database_urls", nargs="*", default=[DEFAULT_DATABASE_URL])
    options = parser.parse_args(argv)
    passed = [
        f"--duration={options.duration}",
        f"--connections={options.connections}",
        f"--threads={options.threads}",
        f"--workers={options.workers}",
        f"--runs={options.runs}",
        "--modes",
        *options.modes,
    ]
    collect_static(options.database_urls[0])
    runs, failed = [], False
    for url in options.database_urls:
        code, run = measure(url, passed)
        failed = failed or code != 0
        if run is not None:
            runs.append(run)
    result = {"runs": runs}
    if len(runs) > 1:
        small = min(runs, key=lambda run: run["municipalities"])
        large = max(runs, key=lambda run: run["municipalities"])
        found = report.comparison(small, large)
        result["listing_p50"] = found
        sys.stdout.write(
            f"\n### Listings at {large['municipalities']} against {small['municipalities']} "
            f"municipalities (uncached p50)\n\n{report.comparison_table(small, large, found)}\n"
        )
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{datetime.now():%Y-%m-%d-%H%M}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    sys.stdout.write(f"\nFigures: {path.relative_to(ROOT)}\n")
    sys.exit(1 if failed or not runs else 0)


if __name__ == "__main__":
    main()
