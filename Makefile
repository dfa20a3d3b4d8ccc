# The one place that builds .venv; every other target depends on it.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: install run test lint

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(VENV)/bin/python manage.py migrate --noinput
	$(VENV)/bin/python manage.py ingest fixtures/pages
	$(VENV)/bin/python manage.py rebuild_index --noinput
	$(VENV)/bin/python manage.py runserver 127.0.0.1:8000

test: install
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
