# newsloom: `make demo` sets everything up and runs the demo; `make test` runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test browser eval bench serve clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

demo: setup
	$(VENV)/bin/newsloom demo --db demo.db

browser:
	bash scripts/install-browser.sh

test: setup browser
	$(PY) -m pytest

eval: setup
	$(PY) evaluation/run_all.py

bench: setup
	$(PY) benchmarks/run_all.py

serve: demo
	$(VENV)/bin/newsloom serve --db demo.db

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm test-artifacts .pytest_cache
