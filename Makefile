# The resource centre. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.DEFAULT_GOAL := help
.PHONY: help run worker install install-dev migrate demo superuser messages test test-fast lint format check bench load backup restore clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP) $@

install: $(STAMP) ## Create .venv and install the site's requirements

install-dev: $(DEV_STAMP) ## Install the test and development tools too

messages: $(STAMP) ## Compile the gettext catalogues (locale/*.po -> .mo)
	$(MANAGE) compile_catalogues

migrate: $(STAMP) messages ## Apply database migrations
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content (idempotent), place it on the map and build the search index
	$(MANAGE) load_demo
	$(MANAGE) geocode_places
	$(MANAGE) rebuild_resource_index

superuser: migrate ## Create an administrator (asks, or reads DJANGO_SUPERUSER_USERNAME/EMAIL/PASSWORD)
	$(MANAGE) createsuperuser $(if $(DJANGO_SUPERUSER_PASSWORD),--noinput,)

run: demo ## Install, migrate, load the demo content, serve on http://127.0.0.1:$(PORT) with the background worker
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: /admin/, create an account with 'make superuser')"
	@$(MANAGE) run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

worker: migrate ## Run only the background worker (scheduled publishing, index queue, e-mail, every task queue)
	$(MANAGE) run_worker

test: $(DEV_STAMP) messages ## Install the test needs and run the whole suite (DATABASE_URL selects the database)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(DEV_STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(DEV_STAMP) ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: $(DEV_STAMP) ## Django checks and missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

load: $(DEV_STAMP) messages ## 60 s of bounded load on gunicorn (2 workers, production settings) while a page is published twice
	$(BIN)/python -m bench.load $(LOAD_ARGS)

bench: $(DEV_STAMP) messages ## Benchmarks (pages under gunicorn, search, import); writes bench/results.json
	$(BIN)/python -m bench $(BENCH_ARGS)

backup: $(STAMP) ## Write a dated archive (database, media, manifest) into backups/ (BACKUP_DIR), keeping the newest 14
	$(MANAGE) backup --keep $(or $(KEEP),14)

restore: $(STAMP) ## Restore ARCHIVE=path into the configured (empty) database: make restore ARCHIVE=backups/….tar.gz
	@test -n "$(ARCHIVE)" || { echo "usage: make restore ARCHIVE=backups/resource-centre-YYYYmmdd-HHMMSS.tar.gz"; exit 2; }
	$(MANAGE) restore "$(ARCHIVE)"

clean: ## Remove the virtual environment, the SQLite database and caches
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache .ruff_cache
