# The two commands: `make run` (a working demo in the browser) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 0.0.0.0
PORT ?= 8000

.PHONY: run test install install-dev lint format check bench bench-dataset soak screenshots backup restore

# `make run` installs only what production runs (requirements.txt); `make test` and `make check`
# add the test tools (requirements-dev.txt). Each has its own stamp, redone when its file changes.
$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	@echo ""
	@echo "Open http://localhost:$(PORT)/ (landelijk), http://alkmaar.localhost:$(PORT)/,"
	@echo "http://arnhem.localhost:$(PORT)/, http://utrecht.localhost:$(PORT)/ and http://localhost:$(PORT)/admin/"
	$(MANAGE) runserver $(HOST):$(PORT)

check: install-dev
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run --noinput
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

# One worker per core (TEST_WORKERS=0 for one process); a single test is quicker with plain pytest.
# loadgroup keeps the tests on the seeded demo on one worker, so the demo is seeded once.
TEST_WORKERS ?= auto

test: check
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadgroup

lint: check

# The README's screenshots (docs/screenshots/*.png), from the browser tests' pages.
screenshots: install-dev
	SCREENSHOTS=docs/screenshots $(VENV)/bin/pytest -n 0 tests/browser/test_screenshots.py

# Speed figures (a benchmark, never a timed test).
# The load benchmark (bench/): gunicorn with production settings on a loopback port, one sync
# worker per core, loaded with wrk (Debian's package, installed when missing): requests/s and
# p50/p99 latency of the public pages as a share of a trivial view's, without and with the page
# cache, their SQL queries and the workers' memory; a markdown table, and JSON in bench/results/.
# On generated data sets (generate_dataset), each in its own PostgreSQL database, made once by
# bench-dataset: BENCH_MUNICIPALITIES (all 342) at BENCH_SCALE, and BENCH_COMPARE_MUNICIPALITIES
# (21) for the listings' latency at both sizes (empty: leave it out). At scale 1 the 342 take
# about 10 minutes to generate, the 21 one; BENCH_SCALE=0.1 for a quick run.
# Then the calendar with 500 occurrences a month, /gemeenten/ and the national home's map with
# 21, 121 and 342 municipalities, and the sitemaps with 342 municipalities of 100 pages each,
# on the seeded demo as before (they add to the demo in rolled-back transactions).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/aandeslag_bench
BENCH_MUNICIPALITIES ?= 342
BENCH_SCALE ?= 1
BENCH_COMPARE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/bench21
BENCH_COMPARE_MUNICIPALITIES ?= 21
# e.g. BENCH_OPTIONS="--duration 5 --modes uncached"
BENCH_OPTIONS ?=
BENCH_COMPARE := $(if $(strip $(BENCH_COMPARE_MUNICIPALITIES)),$(BENCH_COMPARE_DATABASE_URL))

bench-dataset: install
	$(PY) -m bench.prepare --database-url $(BENCH_DATABASE_URL) \
		--municipalities $(BENCH_MUNICIPALITIES) --scale $(BENCH_SCALE)
	$(if $(BENCH_COMPARE),$(PY) -m bench.prepare --database-url $(BENCH_COMPARE_DATABASE_URL) \
		--municipalities $(BENCH_COMPARE_MUNICIPALITIES) --scale $(BENCH_SCALE))

bench: bench-dataset
	command -v wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk)
	$(PY) -m bench.run $(BENCH_OPTIONS) $(BENCH_COMPARE) $(BENCH_DATABASE_URL)
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo --no-translations > /dev/null
	$(MANAGE) bench_calendar
	$(MANAGE) bench_municipalities
	$(MANAGE) bench_sitemap

# The soak (not CI): 30 minutes of anonymous and member traffic at once against gunicorn with
# production settings, on the 342-municipality data set: no error response, workers' memory
# growing less than 10 % (bench/soak.py). e.g. SOAK_OPTIONS="--minutes 5".
SOAK_OPTIONS ?=

soak: bench-dataset
	command -v wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk)
	$(PY) -m bench.soak --database-url $(BENCH_DATABASE_URL) $(SOAK_OPTIONS)

# Backups (core/backups.py): the PostgreSQL database of DATABASE_URL and the media folder in one
# dated archive, backups/aandeslag-YYYYMMDD-HHMMSS.tar.gz (BACKUP_OPTIONS="--keep 14" deletes
# all but the 14 newest); `make restore ARCHIVE=backups/aandeslag-....tar.gz` puts one back,
# replacing the database's and the media folder's contents (it asks first).
BACKUP_OPTIONS ?=

backup: install
	$(MANAGE) backup $(BACKUP_OPTIONS)

restore: install
	@test -n "$(ARCHIVE)" || { echo "usage: make restore ARCHIVE=backups/aandeslag-YYYYMMDD-HHMMSS.tar.gz"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)"

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
