# Kerntaken. `make run` and `make test` are the two commands every new user needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ASSETS := node_modules/.installed
HOST ?= 127.0.0.1:8000

# Development defaults; production sets its own environment (see README).
DEV_ENV := DEBUG=1
# Tests run with DEBUG off, as in production, but over plain HTTP on this machine.
TEST_ENV := DEBUG=0 SECRET_KEY=test-only-not-secret ALLOWED_HOSTS=127.0.0.1,localhost,testserver \
	SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0

.PHONY: help setup system-packages run test lint format migrations-check messages bench demo backup restore clean

help:
	@echo "make run    – set everything up and serve on http://$(HOST)"
	@echo "make test   – set everything up and run every test (browser included)"
	@echo "make backup [FILE=…] | make restore FILE=…  – the database to a file and back"
	@echo "make lint | migrations-check | messages | bench | clean"

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 13), "Python 3.13 is needed (see .python-version)"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(ASSETS): package.json package-lock.json
	@command -v npm >/dev/null || { [ "$$(id -u)" = 0 ] && \
		DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm; } || \
		{ echo "npm is needed for the front-end assets: sudo apt-get install npm"; exit 1; }
	npm ci --no-audit --no-fund --silent
	touch $@

setup: $(STAMP) $(ASSETS)

run: setup
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_demo
	@# The task worker (mail) beside the web server; stopping one (Ctrl-C) stops both.
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(DEV_ENV) $(PY) manage.py db_worker --no-startup-delay & worker=$$!; \
	$(DEV_ENV) $(PY) manage.py runserver $(HOST)

# Debian packages the tests need: the browser, the spreadsheet program that opens the
# workbooks with Calibri's metrics (Carlito), PDF text extraction, gettext, PostgreSQL's
# client tools. Installed when missing and we are root; otherwise the run stops and says
# what to install.
SYSTEM_PACKAGES := chromium:/usr/bin/chromium libreoffice-calc-nogui:/usr/bin/soffice \
	fonts-crosextra-carlito:/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf \
	poppler-utils:/usr/bin/pdftotext gettext:/usr/bin/msgfmt postgresql-client:/usr/bin/pg_dump

system-packages:
	@missing=""; for entry in $(SYSTEM_PACKAGES); do \
		test -e "$${entry#*:}" || missing="$$missing $${entry%%:*}"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Debian packages:$$missing"; \
			DEBIAN_FRONTEND=noninteractive apt-get update -q && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
		else \
			echo "The tests need these Debian packages:$$missing (sudo apt-get install$$missing)"; \
			exit 1; \
		fi; \
	fi

test: setup system-packages
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(PY) -m ruff check .
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: setup
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

migrations-check: setup
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run

messages: setup
	$(DEV_ENV) $(PY) manage.py makemessages --locale nl --locale en --ignore ".venv/*" --ignore "node_modules/*" --no-obsolete
	@# A guessed ("fuzzy") translation is no translation: empty it, so the i18n test sees it.
	for po in locale/*/LC_MESSAGES/django.po; do msgattrib --clear-fuzzy --empty -o $$po $$po; done
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore ".venv/*"

bench: setup
	$(TEST_ENV) $(PY) -m bench

demo: setup
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_demo

# The database to a file (SQLite online backup / pg_dump) and back; the environment's
# DATABASE_URL says which database (production sets its own environment, DEBUG off).
BACKUP_ENV := DEBUG=$${DEBUG:-1}
backup: setup
	$(BACKUP_ENV) $(PY) manage.py backup $(if $(FILE),--output $(FILE))

restore: setup
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/kerntaken-….sqlite3"; exit 2; }
	$(BACKUP_ENV) $(PY) manage.py restore $(FILE)

clean:
	rm -rf $(VENV) node_modules staticfiles db.sqlite3
