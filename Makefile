# The one entry point. Every target sets up what it needs, idempotently, in .venv/.
#   make serve   build and serve the site at http://127.0.0.1:8000
#   make test    install everything the tests need and run every test
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TOOLS := .tools
ADDR ?= 127.0.0.1:8000
export NO_MKDOCS_2_WARNING := 1
export PATH := $(CURDIR)/$(TOOLS)/bin:$(PATH)

.PHONY: help serve site offline pdf test lint-code check-links clean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# --- environments --------------------------------------------------------------------
# pip 25.1+ reads [dependency-groups]; the stamps re-run installs when pyproject changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"

$(VENV)/.site.stamp: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[site]'
	@touch $@

$(VENV)/.pdf.stamp: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[pdf]'
	@touch $@ $(VENV)/.site.stamp

$(VENV)/.test.stamp: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[site,pdf]' --group dev
	@touch $@ $(VENV)/.site.stamp $(VENV)/.pdf.stamp

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

.PHONY: browser vale actionlint
browser: ## make sure Debian's chromium, pdftoppm and epubcheck are installed
	@scripts/ensure-system-packages.sh chromium:chromium pdftoppm:poppler-utils epubcheck:epubcheck

vale: ## build the pinned Vale into .tools/bin
	@scripts/install-vale.sh

actionlint: ## build the pinned actionlint into .tools/bin (checks .github/workflows)
	@scripts/install-actionlint.sh

# --- the site ------------------------------------------------------------------------
# An edit rebuilds only the edited page (--dirty: about 2 s, a full rebuild takes 5 to 9):
# not strict, since MkDocs warns on every dirty build, and without llms.txt, which a dirty
# build would cut to one page. `make site` and the tests build everything, strictly;
# `make serve SERVE_FLAGS=--strict` rebuilds the whole site on every edit: use it when
# editing macros/, includes/, overrides/ or hooks, which a dirty rebuild does not re-apply
# to pages that did not change.
SERVE_FLAGS ?= --dirty --no-strict
serve: $(VENV)/.site.stamp node_modules/.package-lock.json ## build and serve the site at http://127.0.0.1:8000
	PLAYBOOK_LLMSTXT=$(if $(findstring dirty,$(SERVE_FLAGS)),false,true) $(BIN)/mkdocs serve $(SERVE_FLAGS) --dev-addr $(ADDR)

# The PDF lands inside the built site; PLAYBOOK_PDF turns on the site's download button.
PDF_PATH := pdf/ai-engineer-interview-playbook.pdf

site: $(VENV)/.pdf.stamp node_modules/.package-lock.json browser ## the deployable build into site/: PDF, sheets, EPUB, Anki deck, llms.txt
	PLAYBOOK_PDF=$(PDF_PATH) $(BIN)/mkdocs build --strict
	$(BIN)/python scripts/build_pdf.py --output site/$(PDF_PATH)

pdf: $(VENV)/.pdf.stamp browser ## the PDF, the two sheets and the EPUB into site/pdf/
	$(BIN)/python scripts/build_pdf.py --output site/$(PDF_PATH)

offline: $(VENV)/.site.stamp node_modules/.package-lock.json ## the offline build into site-offline/ (opens from file://)
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml

# --- checks --------------------------------------------------------------------------
lint-code: $(VENV)/.test.stamp ## ruff and mypy over the Python code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(VENV)/.test.stamp node_modules/.package-lock.json browser vale actionlint ## every test (what CI runs)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

clean: ## remove builds (keeps .venv and .tools)
	rm -rf site site-offline build .pytest_cache .mypy_cache .ruff_cache
