# rectrack: `make run` for a local demo, `make test` for every test. `make help` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
.DEFAULT_GOAL := help

VENV       := .venv
PY         := $(VENV)/bin/python
RECTRACK   := $(VENV)/bin/rectrack
PYTEST     := $(VENV)/bin/pytest
UV_VERSION := 0.13.8
LOCK       := requirements/dev.lock
STAMP      := $(VENV)/.rectrack-installed
NPM_STAMP  := node_modules/.rectrack-installed
VENDORED   := src/rectrack/static/vendor/govuk/govuk-frontend.min.css
VAR        := $(or $(RECTRACK_VAR),var)
HOST       ?= 127.0.0.1
PORT       ?= 8000
CHROMIUM   := /usr/bin/chromium
PYTEST_ARGS ?=

export UV_LINK_MODE ?= copy
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Python >= 3.12: python3.12, python3.13, then pyenv's 3.12.1 / 3.13.0 (through the shims or directly).
define FIND_PYTHON
ok() { "$$@" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }; \
found=""; \
for c in python3.12 python3.13; do \
  if command -v $$c >/dev/null 2>&1 && ok $$c; then found="$$(command -v $$c)"; break; fi; \
done; \
if [ -z "$$found" ]; then \
  for v in 3.12.1 3.13.0; do \
    if PYENV_VERSION=$$v ok python; then found="$$(PYENV_VERSION=$$v python -c 'import sys; print(sys.executable)')"; break; fi; \
    root="$$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)"; \
    if ok "$$root/versions/$$v/bin/python"; then found="$$root/versions/$$v/bin/python"; break; fi; \
  done; \
fi; \
if [ -z "$$found" ]; then \
  echo "rectrack needs Python 3.12 or newer, and none was found (tried python3.12, python3.13, pyenv 3.12.1 and 3.13.0)." >&2; \
  echo "Install it (e.g. 'pyenv install 3.12.1', or your system's python3.12 package) and run make again." >&2; \
  exit 1; \
fi
endef

.PHONY: help install assets run test test-sqlite test-postgres test-browser chromium bench lint migrations-check clean

help:
	@echo "make run      install everything, set up a local SQLite demo (or DATABASE_URL) and serve on http://$(HOST):$(PORT)"
	@echo "make test     install everything (and Debian's chromium if missing), then run every test:"
	@echo "              SQLite, a throwaway PostgreSQL cluster, and the browser tests"
	@echo "make install  only the .venv (with the rectrack command) and the vendored GOV.UK assets"
	@echo "make bench    run the benchmarks (bench/bench_*.py)"
	@echo "make lint     ruff, the import contracts of the layers and mypy on services and selectors"
	@echo "make migrations-check  fails when a model change has no migration"
	@echo "make clean    remove .venv, node_modules, vendored assets and caches (keeps ./var)"

# --- installing ---------------------------------------------------------------------------------

install: $(STAMP) $(VENDORED)

$(PY):
	@$(FIND_PYTHON); \
	echo "Creating $(VENV) with $$found ($$($$found --version))"; \
	rm -rf $(VENV); "$$found" -m venv $(VENV)

# Re-runs only when the lock file or pyproject.toml changes (or .venv is new).
$(STAMP): $(LOCK) pyproject.toml | $(PY)
	@if ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	  echo "$(VENV) is not Python >= 3.12: recreating it"; rm -rf $(VENV); $(MAKE) --no-print-directory $(PY); fi
	@[ "$$($(VENV)/bin/uv --version 2>/dev/null)" = "uv $(UV_VERSION)" ] || $(PY) -m pip install --quiet uv==$(UV_VERSION)
	$(VENV)/bin/uv pip install --quiet --python $(PY) -r $(LOCK)
	$(VENV)/bin/uv pip install --quiet --python $(PY) --no-deps -e .
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(VENDORED): $(NPM_STAMP) scripts/vendor_govuk.py | $(STAMP)
	$(PY) scripts/vendor_govuk.py

assets: $(VENDORED)

# --- the local demo -----------------------------------------------------------------------------

run: install
	$(RECTRACK) migrate --noinput
	$(RECTRACK) collectstatic --noinput -v0
	$(RECTRACK) load_reference
	$(RECTRACK) ingest src/rectrack/sample_corpus
	@mkdir -p $(VAR)
	@$(RECTRACK) seed_demo --url http://$(HOST):$(PORT)/accounts/sign-in/ > $(VAR)/demo-sign-in.txt
	@worker=""; \
	stop() { if [ -n "$$worker" ]; then kill $$worker 2>/dev/null; wait $$worker 2>/dev/null; fi; }; \
	trap stop EXIT; trap 'exit 0' INT; trap 'exit 143' TERM; \
	$(RECTRACK) worker >> $(VAR)/worker.log 2>&1 & worker=$$!; \
	echo "Background worker started (pid $$worker, log in $(VAR)/worker.log)."; \
	echo; cat $(VAR)/demo-sign-in.txt; echo; \
	echo "Serving rectrack on http://$(HOST):$(PORT)/ (Ctrl-C stops the server and the worker)"; \
	$(RECTRACK) runserver --noreload $(HOST):$(PORT)

# --- tests ---------------------------------------------------------------------------------------

# Test runs keep Python's bytecode (__pycache__, ignored by git) even where the environment sets
# PYTHONDONTWRITEBYTECODE: otherwise every pytest process and every child it starts (the rectrack command, worker
# processes, the extraction sandbox) compiles Django, the libraries and pytest's rewritten test modules from
# source again, a few seconds each (ADR 0013).
TEST_ENV := env -u PYTHONDONTWRITEBYTECODE

# pytest exits 5 when a selection collects no tests: that is not a failure here.
define PYTEST_OK
rc=$$?; if [ $$rc -eq 5 ]; then echo "(no tests selected)"; rc=0; fi; exit $$rc
endef

# Three runs side by side on the machine's cores: SQLite, PostgreSQL (database tests only: the others give the
# same answer on SQLite) and the browser. Started together they keep both cores busy to the end (the browser
# run is mostly waiting on Chromium and the live server). Each log is printed whole once all have ended.
# ADR 0013 has the timings.
test: install chromium
	@start=$$(date +%s); rc=0; logs=$$(mktemp -d); \
	env -u RECTRACK_DATABASE_TESTS_ONLY $(MAKE) --no-print-directory test-sqlite > $$logs/sqlite.log 2>&1 & sqlite=$$!; \
	RECTRACK_DATABASE_TESTS_ONLY=1 $(MAKE) --no-print-directory test-postgres > $$logs/postgres.log 2>&1 & postgres=$$!; \
	$(MAKE) --no-print-directory test-browser > $$logs/browser.log 2>&1 & browser=$$!; \
	wait $$sqlite || rc=1; cat $$logs/sqlite.log; \
	wait $$postgres || rc=1; cat $$logs/postgres.log; \
	wait $$browser || rc=1; cat $$logs/browser.log; rm -rf $$logs; \
	echo "make test: $$([ $$rc -eq 0 ] && echo passed || echo FAILED) in $$(( $$(date +%s) - start )) s"; \
	exit $$rc

test-sqlite: install
	@echo "=== pytest on SQLite (not browser) ==="
	@$(TEST_ENV) -u DATABASE_URL $(PYTEST) -m "not browser" $(PYTEST_ARGS); $(PYTEST_OK)

# The throwaway cluster is stopped and deleted by tests.support.pg even when the tests fail.
test-postgres: install
	@echo "=== pytest on a throwaway PostgreSQL cluster (not browser) ==="
	@$(TEST_ENV) $(PY) -m tests.support.pg run -- $(PYTEST) -m "not browser" $(PYTEST_ARGS); $(PYTEST_OK)

test-browser: install chromium
	@echo "=== browser tests (Chromium, SQLite) ==="
	@$(TEST_ENV) -u DATABASE_URL RECTRACK_TEST_SQLITE_FILE=1 $(PYTEST) -m browser $(PYTEST_ARGS); $(PYTEST_OK)

chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	  else echo "$(CHROMIUM) is missing and we are not root and have no sudo: install the chromium package." >&2; exit 1; fi; \
	  log=$$(mktemp); \
	  if ! { $$SUDO apt-get update && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } >$$log 2>&1; then \
	    tail -n 40 $$log >&2; echo "Installing chromium with apt-get failed (full log: $$log)." >&2; exit 1; fi; \
	  rm -f $$log; \
	  [ -x $(CHROMIUM) ] || { echo "apt-get did not install $(CHROMIUM)" >&2; exit 1; }; \
	  $(CHROMIUM) --version; \
	fi

# --- other ---------------------------------------------------------------------------------------

bench: install
	$(PY) bench/run.py

# The lint tools are pinned in requirements/dev.lock: nothing is downloaded here.
TYPED := $(wildcard src/rectrack/*/services.py src/rectrack/*/selectors.py)

lint: install
	@echo "=== ruff ===" && $(VENV)/bin/ruff check src tests bench scripts
	@echo "=== import contracts (the layers, ADR 0013) ===" && PYTHONPATH=src $(VENV)/bin/lint-imports --no-cache
	@echo "=== mypy (services and selectors) ===" && tmp=$$(mktemp -d) && \
	  RECTRACK_TESTING=1 RECTRACK_VAR=$$tmp $(VENV)/bin/mypy --cache-dir $$tmp/mypy $(TYPED); rc=$$?; rm -rf $$tmp; exit $$rc

# Every model change has its migration.
migrations-check: install
	@tmp=$$(mktemp -d) && RECTRACK_VAR=$$tmp $(RECTRACK) makemigrations --check --dry-run; rc=$$?; rm -rf $$tmp; exit $$rc

clean:
	rm -rf $(VENV) node_modules src/rectrack/static/vendor .pytest_cache .hypothesis test-results
	find . -name __pycache__ -type d -prune -not -path './.git/*' -exec rm -rf {} +
