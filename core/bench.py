"""What the benchmarks (`make bench`) measure of one page, the same way for each: rendered
through Django's test client, warm, `runs` times. A benchmark prints figures; nothing here
fails on them."""

import statistics
import time
import tracemalloc
from dataclasses import dataclass

from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext


@dataclass
class PageFigures:
    median_ms: float
    slowest_ms: float
    queries: int
    size_bytes: int
    peak_memory_bytes: int
    slowest_query_ms: float

    def line(self, label, width=28, *, memory=True):
        """One row of a benchmark's report, in Dutch like its other output."""
        text = (
            f"{label:<{width}} mediaan {self.median_ms:6.1f} ms  "
            f"traagst {self.slowest_ms:6.1f} ms  {self.queries:2d} queries  "
        )
        if memory:
            text += f"piekgeheugen {self.peak_memory_bytes / 1_000_000:5.1f} MB  "
        return text + f"{self.size_bytes / 1024:5.1f} kB"


def measure_page(client, path, runs, before_each=None):
    """Time, queries, size and the peak Python memory of one render of `path`, warm.
    `before_each` runs before every measured render (e.g. to make a cache stale)."""
    prepare = before_each or (lambda: None)
    response = client.get(path)  # warm the caches
    assert response.status_code == 200, (path, response.status_code)
    timings = []
    for _run in range(runs):
        prepare()
        started = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    prepare()
    reset_queries()  # the log keeps 9,000 at most; with a full log the capture reads 0
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    prepare()
    tracemalloc.start()
    client.get(path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return PageFigures(
        median_ms=statistics.median(timings),
        slowest_ms=max(timings),
        queries=len(queries),
        size_bytes=len(response.content),
        peak_memory_bytes=peak,
        slowest_query_ms=max((float(query["time"]) for query in queries), default=0) * 1000,
    )
