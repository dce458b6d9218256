# inbox-watch tasks. `make` alone lists them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.DEFAULT_GOAL := help
.PHONY: help demo test test-fast check bench bench-large dovecot venv clean

help:  ## list the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(VENV)/.installed  ## create the virtualenv and install inbox-watch with its dev tools

dovecot:  ## install Debian's dovecot-imapd if missing (the demo and tests start their own)
	@command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || { \
	  echo "installing dovecot-imapd"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; }

demo: venv dovecot  ## run the main job on a private Dovecot seeded with sample mail
	$(PY) -m sandbox.demo

test: venv dovecot  ## run the whole test suite (unit, store, real-Dovecot integration, corpus)
	$(PY) -m pytest

test-fast: venv  ## only the tests that need no Dovecot
	$(PY) -m pytest -m "not integration"

check: venv  ## ruff, mypy --strict, import-linter (the core stays pure)
	$(VENV)/bin/ruff check inbox_watch tests $(wildcard bench)
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: venv dovecot  ## benchmark on 10,000 messages, with ratios to mbsync+notmuch, imapfilter, a naive client
	$(PY) -m bench --messages 10000 $(BENCH_ARGS)

bench-large: venv dovecot  ## the same on 100,000 messages (about 25 minutes: the peers are slow)
	$(PY) -m bench --messages 100000 --naive-budget 600 $(BENCH_ARGS)

clean:  ## remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
