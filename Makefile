# The two commands of the README: `make run` and `make test`.
# Both set up everything they need (a virtualenv with the pinned packages) first.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8501
STAMP  := $(VENV)/.installed

.PHONY: run test setup lint bench browser-deps pg-deps wheel-check clean

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

## Start the app on the demo projects (loaded on first run).
run: setup
	$(BIN)/python -m streamlit run app.py --server.port $(PORT) --browser.gatherUsageStats false

## Debian's chromium for the browser tests (never `playwright install`: it downloads a build),
## poppler-utils to read PDFs back, and LibreOffice Calc to recalculate the Excel export.
browser-deps:
	@missing=""; office=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium fonts-dejavu-core"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v soffice >/dev/null 2>&1 || office="libreoffice-calc-nogui"; \
	if [ -n "$$missing$$office" ]; then \
		echo "ontbreekt:$$missing $$office; installeren met apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		export DEBIAN_FRONTEND=noninteractive; \
		$$SUDO apt-get update -qq; \
		if [ -n "$$missing" ]; then $$SUDO apt-get install -y -qq $$missing >/dev/null; fi; \
		if [ -n "$$office" ]; then $$SUDO apt-get install -y -qq --no-install-recommends $$office >/dev/null; fi; \
	fi

## PostgreSQL 15 (initdb, pg_ctl) for the store suite's second backend: each test process
## starts a throwaway cluster of its own (tests/pg_support.py: a unix socket in a temporary
## folder, a free port) and stops it at the end, also when tests fail.
pg-deps:
	@if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		echo "ontbreekt: postgresql; installeren met apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	fi

## Lint and the whole test suite, browser tests included. The tests without a browser run
## on every core (pytest-xdist; each test has its own files); the browser tests after them,
## one at a time, since each starts a Streamlit server and a Chromium of its own.
test: setup browser-deps pg-deps
	$(BIN)/ruff check impactkaart views tests bench app.py
	# --durations: the slowest tests in CI's log, where time is to be won (CI has 20 minutes).
	$(BIN)/python -m pytest -n auto --ignore=tests/browser --durations=15
	# Two browser files at a time (each file keeps its own server and Chromium on one worker:
	# --dist loadfile); they mostly wait on a server, so this halves their wall time.
	$(BIN)/python -m pytest -n 2 --dist loadfile tests/browser --durations=10

lint: setup
	$(BIN)/ruff check impactkaart views tests bench app.py

## The package as a user installs it: build the wheel, install it (not editable) into a
## fresh virtualenv, and from another folder run the command on a demo file, the app's
## script headless (AppTest), and the app's server until it answers.
WHEEL_DIR := /tmp/impactkaart-wheel
wheel-check: setup
	rm -rf build dist $(WHEEL_DIR)
	$(BIN)/pip wheel --quiet --no-deps --wheel-dir dist .
	$(PYTHON) -m venv $(WHEEL_DIR)/venv
	$(WHEEL_DIR)/venv/bin/pip install --quiet -c requirements.txt dist/impactkaart-*.whl
	cp impactkaart/data/demo/jongerenwerk_wijk.json .ci/wheel_check.py $(WHEEL_DIR)/
	cd $(WHEEL_DIR) && IMPACTKAART_DB=$(WHEEL_DIR)/check.duckdb venv/bin/python wheel_check.py

bench: setup
	$(BIN)/python bench/engine.py

clean:
	rm -rf $(VENV) .pytest_cache
