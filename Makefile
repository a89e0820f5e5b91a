# Officer Desk developer tasks.  Works in a clean clone, headless, with no stdin (CI=true).
#
#   make run [ARGS=...]          run the app (installs into .venv first if needed; on a
#                                Linux desktop, first checks the libraries Qt's window needs)
#   make test [PYTEST_ARGS=...]  system deps check, then the test suite
#   make bench                   run the benchmarks (python -m benchmarks)
#   make screenshots             PNGs of the window's main screens into docs/screenshots/
#   make lint                    ruff check
#   make stress [STRESS_KILLS=N] the crash test with many more kills (default 500)
#   make translations            compile resources/*.ts to .qm (run and test do it too)
#   make update-translations     add the window's new strings to resources/*.ts
#   make bundle                  the self-contained app folder (PyInstaller) in dist/, its
#                                archive, then its smoke test (slow: minutes; not in `test`)
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
# Prerequisites are built in the order written (the venv before the translations).
.NOTPARALLEL:
.PHONY: run test bench lint clean distclean translations update-translations stress \
	screenshots bundle

# The window's translations: Qt Linguist sources in resources/, compiled next to the code.
TS := $(wildcard resources/officer_desk_*.ts resources/qt_words_*.ts)
QM := $(patsubst resources/%.ts,officer_desk/gui/i18n/%.qm,$(TS))

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

$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test,bundle]'
	touch $@

officer_desk/gui/i18n/%.qm: resources/%.ts | $(BIN)/python
	@mkdir -p $(@D)
	@test -x $(BIN)/pyside6-lrelease || $(PIP) install -e .
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

update-translations: $(VENV)/.installed-run
	$(BIN)/python tools/update_translations.py

# On a Linux desktop, the window needs Qt's xcb (or wayland) libraries: say which are
# missing before Qt fails (tools/check-qt-display; silent when headless or offscreen).
run: $(VENV)/.installed-run $(QM)
	@case " $(ARGS) " in "  " | *" gui "*) tools/check-qt-display ;; esac
	$(BIN)/officer-desk $(ARGS)

test: $(VENV)/.installed-test $(QM)
	tools/ensure-system-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Tests set the headless Qt platform in tests/conftest.py; benchmarks get it here.
bench: export QT_QPA_PLATFORM ?= offscreen
bench: $(VENV)/.installed-test $(QM)
	$(BIN)/python -m benchmarks

# The window's main screens on the demo data, in Korean and English (docs/screenshots/).
screenshots: export QT_QPA_PLATFORM ?= offscreen
screenshots: $(VENV)/.installed-test $(QM)
	$(BIN)/python tools/screenshots.py

# The crash test (tests/crash) kills a writing process at random moments; CI runs 50.
STRESS_KILLS ?= 500
stress: $(VENV)/.installed-test
	STRESS_KILLS=$(STRESS_KILLS) $(BIN)/python -m pytest tests/crash -q -p no:cacheprovider

# The bundle: assets (icon, NanumGothic, licences), PyInstaller's one folder in
# dist/officer-desk, an archive named with the version and platform, then the smoke test
# that runs the bundled program with an empty environment (tests/bundle).
BUNDLE_ASSETS := build/bundle-assets
bundle: $(VENV)/.installed-bundle $(QM)
	tools/ensure-system-deps
	$(BIN)/python packaging/build_assets.py $(BUNDLE_ASSETS)
	OFFICER_DESK_BUNDLE_ASSETS=$(abspath $(BUNDLE_ASSETS)) $(BIN)/pyinstaller --noconfirm --clean \
		--log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/officer-desk.spec
	$(BIN)/python packaging/finish_bundle.py dist/officer-desk
	$(BIN)/python -m pytest -p no:cacheprovider -v tests/bundle

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

clean:
	rm -rf build dist *.egg-info .pytest_cache .ruff_cache .hypothesis officer_desk/gui/i18n
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
