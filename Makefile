# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test catalogs bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/overdue-bot demo $(ARGS)

test: $(STAMP) gettext
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# msgfmt --check is part of the catalog tests; install Debian's gettext when it is missing.
.PHONY: gettext
gettext:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq gettext >/dev/null; \
	  else echo "msgfmt not found and no apt-get: catalog checks will be skipped"; fi; }

# Extract texts from Python and templates, update en/hu/zh catalogs.
catalogs: $(STAMP)
	$(BIN)/python -m bot.catalogs update

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
