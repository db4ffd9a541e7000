# Fayan: `make run` opens the app on the sample library; `make test` runs every test.
# Both set everything up on a fresh machine (a .venv with the project and its test tools).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
SAMPLE_DB ?= build/sample-library.db

.PHONY: run test lint bench fonts display-libs clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Fayan needs Python 3.11 or newer")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# A CJK font, so Chinese renders instead of boxes (offscreen tests and screenshots need one).
fonts:
	@if command -v fc-list >/dev/null && [ -z "$$(fc-list :lang=zh family 2>/dev/null)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing a CJK font (fonts-wqy-microhei)…"; \
	    (apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei) >/dev/null 2>&1 \
	      || echo "warning: could not install a CJK font; Chinese may render as boxes"; \
	  else echo "warning: no CJK font found; install fonts-noto-cjk or fonts-wqy-microhei"; fi; \
	fi

# Qt's X11 plugin needs these on Linux (desktop distributions usually have them already).
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
            libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0
display-libs:
	@if [ "$$(uname)" = Linux ] && ! ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing the X11 libraries Qt needs…"; \
	    (apt-get update -qq && apt-get install -y -qq $(XCB_LIBS)) >/dev/null 2>&1 \
	      || echo "warning: could not install $(XCB_LIBS)"; \
	  else echo "note: if the window does not open, install: $(XCB_LIBS)"; fi; \
	fi

run: $(STAMP) fonts display-libs
	@mkdir -p $(dir $(SAMPLE_DB))
	$(VENV)/bin/fayan --db $(SAMPLE_DB) import sample_docs --quiet
	$(VENV)/bin/fayan --db $(SAMPLE_DB)

test: $(STAMP) fonts
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -p no:cacheprovider
	$(VENV)/bin/ruff check core desktop tests bench tools

lint: $(STAMP)
	$(VENV)/bin/ruff check core desktop tests bench tools
	$(VENV)/bin/ruff format --check core desktop tests bench tools

bench: $(STAMP)
	$(PY) bench/import_bench.py

clean:
	rm -rf build .pytest_cache .ruff_cache
