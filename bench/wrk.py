"""Load from wrk (Debian's package) and what its report says: requests per second, the 50th
and 99th percentile of latency (--latency), and the requests that failed: 4xx/5xx responses
("Non-2xx or 3xx responses") and socket errors (connect, read, write, timeout)."""

import re
import shutil
import subprocess
from dataclasses import asdict, dataclass, field

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_DURATION = r"([\d.]+)(us|ms|s|m|h)"


@dataclass
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx_3xx: int = 0
    socket_errors: dict = field(default_factory=dict)

    @property
    def errors(self):
        return self.non_2xx_3xx + sum(self.socket_errors.values())

    def as_dict(self):
        return {**asdict(self), "errors": self.errors}


class WrkError(Exception):
    pass


def _milliseconds(number, unit):
    return float(number) * UNITS[unit]


def parse(output):
    """The figures of one wrk report (its standard output with --latency)."""
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p50 = re.search(r"^\s*50(?:\.0+)?%\s+" + _DURATION, output, re.MULTILINE)
    p99 = re.search(r"^\s*99(?:\.0+)?%\s+" + _DURATION, output, re.MULTILINE)
    requests = re.search(r"(\d+) requests in", output)
    if not (rate and p50 and p99 and requests):
        raise WrkError(f"Unreadable wrk report:\n{output}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return Load(
        requests_per_second=float(rate.group(1)),
        p50_ms=_milliseconds(*p50.groups()),
        p99_ms=_milliseconds(*p99.groups()),
        requests=int(requests.group(1)),
        non_2xx_3xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=(
            dict(
                zip(
                    ("connect", "read", "write", "timeout"), map(int, sockets.groups()), strict=True
                )
            )
            if sockets
            else {}
        ),
    )


def available():
    return shutil.which("wrk") is not None


# What every browser says it accepts: the page cache then serves its gzipped copy
# (core/page_cache.py); uncached pages are sent as rendered either way.
BROWSER_ACCEPT_ENCODING = "gzip, deflate, br"


def command_line(url, host, *, duration, connections, threads, timeout, script=None):
    """wrk's command line: `host` as the Host header and a browser's Accept-Encoding, or a Lua
    `script` that sets its own requests (bench/soak.py)."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s"]
    command += [f"--timeout={timeout}s", "--latency"]
    if host:
        command += ["-H", f"Host: {host}", "-H", f"Accept-Encoding: {BROWSER_ACCEPT_ENCODING}"]
    if script:
        command += ["-s", str(script)]
    return [*command, url]


def load(url, host, *, duration=10, connections=16, threads=2, timeout=30):
    """wrk against `url` with `host` as the Host header, for `duration` seconds (bounded:
    wrk stops by itself)."""
    command = command_line(
        url, host, duration=duration, connections=connections, threads=threads, timeout=timeout
    )
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=duration + timeout + 30, check=False
    )
    if result.returncode != 0:
        raise WrkError(f"wrk failed ({result.returncode}): {result.stderr or result.stdout}")
    return parse(result.stdout)
