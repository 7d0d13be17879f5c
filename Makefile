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

demo: $(STAMP) fonts
	$(BIN)/overdue-bot demo $(ARGS)

test: $(STAMP) gettext fonts
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# msgfmt --check is part of the catalog tests; install Debian's gettext when it is missing.
.PHONY: gettext
gettext:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq gettext >/dev/null; \
	  else echo "msgfmt not found and no apt-get: catalog checks will be skipped"; fi; }

# The agreement PDF needs DejaVu Sans (Latin, Hungarian ő/ű) and a Chinese font: Debian's
# fonts-dejavu-core and fonts-wqy-microhei (1.6 MB download), installed when missing.
FONTS := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf \
         /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
.PHONY: fonts
fonts:
	@for font in $(FONTS); do [ -e $$font ] || missing=1; done; [ -z "$$missing" ] || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-wqy-microhei >/dev/null; \
	  else echo "fonts not found and no apt-get: set [document] font paths (config.example.toml)"; fi; }

# Extract texts from Python and templates, update en/hu/zh catalogs.
catalogs: $(STAMP)
	$(BIN)/python -m bot.catalogs update

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
