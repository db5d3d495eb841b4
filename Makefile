# The two set-up commands of the README: `make demo` and `make test`. Both need only Python 3.11+.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= examples/banjir-lembah-sari
OUT ?= out/demo

.PHONY: demo test lint typecheck unit slow bench clean

$(BIN)/silang: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/silang
	rm -rf $(OUT)
	$(BIN)/silang analyze $(CORPUS) --out $(OUT) || test $$? -eq 3
	@echo "Open $(OUT)/report.html"

lint: $(BIN)/silang
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples

typecheck: $(BIN)/silang
	$(BIN)/mypy

unit: $(BIN)/silang
	HOME=$$(mktemp -d) $(BIN)/pytest

test: lint typecheck unit

slow: $(BIN)/silang
	$(BIN)/pytest -m slow

bench: $(BIN)/silang
	$(BIN)/python bench/ingest_clean.py

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
