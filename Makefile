# Officer Desk developer tasks.  Works in a clean clone, headless, with no stdin (CI=true).
#
#   make run [ARGS=...]          run the app (installs into .venv first if needed)
#   make test [PYTEST_ARGS=...]  system deps check, then the test suite
#   make bench                   run the benchmarks (python -m benchmarks)
#   make lint                    ruff check
#   make clean                   remove build artefacts and caches (keeps .venv)
#   make distclean               clean, and remove .venv as well

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

ARGS ?=
PYTEST_ARGS ?=

# Never wait for input (CI has no stdin).
export PIP_NO_INPUT := 1

.DEFAULT_GOAL := test
.DELETE_ON_ERROR:
.PHONY: run test bench lint clean distclean

# Created only when missing: no prerequisites, so it is never considered stale.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps: reinstall only when pyproject.toml changes.  The venv is an order-only
# prerequisite so that its mtime does not trigger reinstalls.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	touch $@

run: $(VENV)/.installed-run
	$(BIN)/officer-desk $(ARGS)

test: $(VENV)/.installed-test
	tools/ensure-system-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Tests set the headless Qt platform in tests/conftest.py; benchmarks get it here.
bench: export QT_QPA_PLATFORM ?= offscreen
bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
