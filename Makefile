# `make demo` and `make test` are the whole set-up on a fresh machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export SEMGREP_ENABLE_VERSION_CHECK := 0
export SEMGREP_SEND_METRICS := off

.PHONY: demo test lint typecheck rules-test pytest workflows bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,llm]'
	# pip byte-compiles what it installs, but not an editable source tree: without this, every hook run
	# under PYTHONDONTWRITEBYTECODE recompiles secops (a stale .pyc is only ever ignored, never used).
	$(BIN)/python -m compileall -q secops
	touch $(STAMP)

# The demo app is vulnerable on purpose: exit code 1 (blocking findings) is the expected outcome.
demo: $(STAMP)
	$(BIN)/secops scan examples/vulnerable-app; code=$$?; test $$code -le 1

lint: $(STAMP)
	$(BIN)/ruff check secops tests bench
	$(BIN)/ruff format --check secops tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

rules-test: $(STAMP)
	$(BIN)/semgrep --test --metrics=off --disable-version-check appsec_rules/

pytest: $(STAMP)
	$(BIN)/pytest -n 2 --dist loadgroup

# GitHub workflows and the action: schema-valid (check-jsonschema's vendored schemas, no download) and no
# high-severity zizmor finding (--offline: no API calls; zizmor exits non-zero when a finding remains).
workflows: $(STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-actions action.yml
	$(BIN)/zizmor --offline --no-progress --min-severity high .github/workflows action.yml

test: lint typecheck rules-test workflows pytest

bench: $(STAMP)
	$(BIN)/python bench/scan_bench.py

clean:
	rm -rf $(VENV) .secops .pytest_cache .mypy_cache .ruff_cache
