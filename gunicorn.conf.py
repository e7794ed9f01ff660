"""Gunicorn's settings for the program sites. Gunicorn reads this file from the directory it
starts in, so in production `gunicorn` alone (from the project root) serves config.wsgi with
them; `make bench` starts it the same way on a loopback port.

Everything can be changed from the environment:
- GUNICORN_BIND (default 0.0.0.0:8000);
- WEB_CONCURRENCY: the number of workers. Default 2 × cores + 1, at most 12: sync workers
  spend part of each request waiting for PostgreSQL and Redis, so a few more workers than
  cores keep the cores busy; each costs its own memory (about 150 MB), hence the cap. The
  benchmark sets one worker per core: there wrk runs on the same cores, and the figures are
  the server's CPU cost per request;
- GUNICORN_TIMEOUT (30 s): a worker silent for that long is killed and replaced;
  GUNICORN_GRACEFUL_TIMEOUT (30 s): how long a worker may finish its request on a restart;
- GUNICORN_MAX_REQUESTS (1000) with jitter (a tenth of it): each worker is replaced after
  about that many requests, so memory a library keeps growing is given back, and not every
  worker at the same moment; 0 never replaces them (the benchmark, which measures memory);
- GUNICORN_ACCESS_LOG (true): one line per request on stdout, with its time in milliseconds.
"""

import multiprocessing
import os


def _env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


wsgi_app = "config.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")

worker_class = "sync"
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * multiprocessing.cpu_count() + 1, 12))

timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
# Behind a load balancer or proxy that keeps connections open (sync workers close theirs).
keepalive = 5

max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 1000))
max_requests_jitter = max_requests // 10

accesslog = "-" if _env_bool("GUNICORN_ACCESS_LOG", True) else None
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
