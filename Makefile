# EditorBerita: every target sets up its own virtual environment first.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PY      = $(BIN)/python
STAMP   = $(VENV)/.installed
TS      = $(wildcard resources/i18n/*.ts)
QM      = $(TS:.ts=.qm)

export PYTHONDONTWRITEBYTECODE = 1

.PHONY: run test lint bench dist screenshot translations licenses icons clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The .qm files are committed (an install without make must speak Indonesian too) and
# refreshed by tools/translate_id.py; `make test` uses them as committed, so a stale one fails.
resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/editorberita

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -s -q -o addopts= -o python_files="bench_*.py" -p no:cacheprovider --timeout=3600

# One-folder build in dist/EditorBerita/ (what goes in: build.spec and tools/freeze.py).
dist: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

# Committed outputs; run again after changing dependencies or the SVG icon.
licenses: $(STAMP)
	$(PY) tools/collect_licenses.py

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/make_icons.py

# Under Xvfb at 1366x768 (apt-get install xvfb imagemagick); offscreen grab without xvfb-run.
screenshot: $(STAMP) $(QM)
	@if command -v xvfb-run >/dev/null 2>&1; then \
		xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
			$(PY) tools/screenshot.py resources/screenshots/main-window.png; \
	else \
		echo "xvfb-run not found: offscreen grab instead"; \
		QT_QPA_PLATFORM=offscreen $(PY) tools/screenshot.py resources/screenshots/main-window.png; \
	fi

clean:
	rm -rf build dist $(VENV)
