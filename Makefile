# The one place that builds .venv; every other target depends on it.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed
PORT ?= 8000

.PHONY: install run serve worker test lint loadtest

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(VENV)/bin/python manage.py migrate --noinput
	$(VENV)/bin/python manage.py setup_roles
	$(VENV)/bin/python manage.py ingest fixtures/pages
	$(VENV)/bin/python manage.py rebuild_index --noinput
	$(VENV)/bin/python manage.py runserver 127.0.0.1:$(PORT)

# Production-style: gunicorn + WhiteNoise; set DJANGO_DEBUG=0 and friends (README "Production").
serve: install
	$(VENV)/bin/python manage.py migrate --noinput
	$(VENV)/bin/python manage.py collectstatic --noinput -v0
	$(VENV)/bin/gunicorn -c archive/gunicorn.conf.py

# The index worker for ARCHIVE_SEARCH_INDEX_MODE=queue (README "Production"); SIGTERM stops it.
worker: install
	$(VENV)/bin/python manage.py drain_index

# Mixed reads while an editor saves and an ingest runs, against a local gunicorn.
loadtest: install
	$(VENV)/bin/python -m tests.load.run --duration $${LOADTEST_SECONDS:-60}

test: install
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
