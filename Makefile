# Two entry points for a fresh machine: `make demo` and `make test`.
# Everything installed comes from uv.lock (exact versions, hashes); uv itself is pinned here and
# installed from PyPI into .tools/ on first use. `make lock` refreshes the lock (see README).
PYTHON     ?= python3.11
UV_VERSION := 0.13.9
VENV       ?= .venv
BIN        := $(VENV)/bin
TOOLS      := .tools
UV         := $(TOOLS)/bin/uv
# uv makes .venv with this machine's Python and never downloads an interpreter of its own.
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
# Libraries compiled to bytecode as they are installed: where PYTHONDONTWRITEBYTECODE is set (this
# machine sets it) every process would compile aiogram, SQLAlchemy and the rest from source again,
# two seconds or more before `overdue-bot` does anything; the suite starts it dozens of times.
export UV_COMPILE_BYTECODE := 1

.PHONY: demo test check lint typecheck contracts catalogs bench lock clean

$(UV):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON)"; exit 1; }
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

demo: $(UV) fonts
	$(UV) sync --locked --no-dev --quiet
	$(BIN)/python -m compileall -q bot dialogs
	$(BIN)/overdue-bot understanding prepare >/dev/null
	$(BIN)/overdue-bot demo $(ARGS)

# The suite runs on SQLite and on a PostgreSQL server of its own (started in a temporary folder,
# deleted at the end: tests/support/postgres.py); required here, so CI never skips that half.
# Without PostgreSQL: `.venv/bin/pytest --db sqlite` (or plain pytest, which skips that half).
# One pytest-xdist worker a core (each with its own PostgreSQL and temporary folders); a worker
# that finishes early takes tests queued for the other. `make test PYTEST_WORKERS=0`: in one process.
PYTEST_WORKERS ?= auto
test: $(UV) gettext fonts postgresql valgrind
	$(UV) sync --locked --extra test --extra postgres --quiet
	$(BIN)/python -m compileall -q bot dialogs
	$(BIN)/overdue-bot understanding prepare >/dev/null
	$(MAKE) --no-print-directory check
	OVERDUE_TEST_POSTGRES=required $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# The gates every change passes (CI runs them through `make test`; .pre-commit-config.yaml too).
check: lint typecheck contracts

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy

contracts:
	$(BIN)/lint-imports

# Newest versions within pyproject.toml's ranges; run the tests, then commit uv.lock.
lock: $(UV)
	$(UV) lock --upgrade

# msgfmt --check is part of the catalog tests; install Debian's gettext when it is missing.
.PHONY: gettext
gettext:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq gettext >/dev/null; \
	  else echo "msgfmt not found and no apt-get: catalog checks will be skipped"; fi; }

# The tests' PostgreSQL server needs initdb and pg_ctl: Debian's postgresql, installed when missing.
.PHONY: postgresql
postgresql:
	@{ command -v pg_config >/dev/null 2>&1 && [ -x "$$(pg_config --bindir)/initdb" ]; } || \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	  else echo "PostgreSQL not found and no apt-get: its tests will fail (pytest --db sqlite)"; fi; }

# bench/reading_cost.py counts a read's instructions under Debian's valgrind (its smoke run is
# a test), installed when missing.
.PHONY: valgrind
valgrind:
	@command -v valgrind >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; \
	  else echo "valgrind not found and no apt-get: bench/reading_cost.py's smoke run will fail"; fi; }

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
catalogs: $(UV)
	$(UV) sync --locked --quiet
	$(BIN)/python -m bot.catalogs update

bench: $(UV)
	$(UV) sync --locked --quiet
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
