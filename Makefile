# The quick start is two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000
# The address `make run` serves; the canonical, hreflang and sitemap addresses use it too.
ADDRESS := http://127.0.0.1:$(PORT)
TEMPLATES := templates lastrada_site/staff/templates
COVERED := pages hotline lastrada_site

.DEFAULT_GOAL := help
.PHONY: help install run setup test test-all quick-suite checks lint format messages translations spelling e2e load bench notifications clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's|\$$(PORT)|$(PORT)|g' \
	  | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned requirements

setup: install ## Migrate, create the site and load demo content if the database is empty
	mkdir -p var
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	$(MANAGE) migrate --noinput
	$(MANAGE) setup_site --address $(ADDRESS)
	$(MANAGE) load_demo_content --if-empty
	$(MANAGE) ensure_dev_admin

# The local admin signs in with a password only; TWO_FACTOR_REQUIRED=true make run tries 2FA.
run: setup ## Serve the site with demo content on http://127.0.0.1:$(PORT)
	WAGTAILADMIN_BASE_URL=$(ADDRESS) TWO_FACTOR_REQUIRED=$${TWO_FACTOR_REQUIRED:-false} \
	  $(MANAGE) runserver 127.0.0.1:$(PORT)

# Each covered package must reach 90 %, in the quick suite (97-98 % today) and in all.
COVERAGE_GATE = @for package in $(COVERED); do \
	  total=$$($(BIN)/coverage report --include="$$package/*" --format=total --fail-under=0); \
	  echo "coverage of $$package/: $$total %"; \
	  [ "$$total" -ge 90 ] || { echo "$$package/ is under 90 % coverage"; exit 1; }; \
	done

# The quick suite leaves out what starts servers or browsers (marked slow or e2e).
QUICK := not slow and not e2e
# More pytest options, e.g. make test PYTEST_ARGS="-x --reuse-db".
PYTEST_ARGS ?=

test: install ## Lint, checks and the quick suite (all but slow and browser tests); prints its time
	@start=$$(date +%s); status=0; \
	$(MAKE) --no-print-directory lint checks quick-suite || status=$$?; \
	echo "make test: $$(( $$(date +%s) - start )) s"; exit $$status

test-all: lint checks ## Everything, slow and browser tests too, and 90 % coverage per package
	$(BIN)/pytest --cov --cov-report=term-missing:skip-covered --cov-fail-under=0 \
	  --durations=20 $(PYTEST_ARGS)
	$(COVERAGE_GATE)

quick-suite: install
	$(BIN)/pytest -m "$(QUICK)" --cov --cov-report=term:skip-covered --cov-fail-under=0 \
	  --durations=10 $(PYTEST_ARGS)
	$(COVERAGE_GATE)

checks: install ## Compile the catalogues, check migrations and the deploy settings
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	DJANGO_SETTINGS_MODULE=lastrada_site.settings.test $(MANAGE) makemigrations --check --dry-run
	@echo "check --deploy: the settings only; demo data: go-live content check skipped (empty database)"
	DJANGO_SETTINGS_MODULE=lastrada_site.settings.production DATABASE_URL=sqlite://:memory: \
	  DJANGO_SECRET_KEY=check-deploy-only-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGH \
	  DJANGO_ALLOWED_HOSTS=example.org EMAIL_USE_TLS=true \
	  HOTLINE_ENCRYPTION_KEYS=$$($(BIN)/python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())") \
	  $(MANAGE) check --deploy --fail-level WARNING

lint: install ## Run ruff, and check the templates' indentation with djhtml
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $(TEMPLATES)

format: install ## Format and fix with ruff, re-indent the templates with djhtml
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml $(TEMPLATES)

messages: install ## Extract interface strings into locale/ru and locale/be
	$(MANAGE) makemessages -l ru -l be --ignore=.venv --ignore=var --no-obsolete --no-location
	$(MANAGE) compilemessages --ignore=.venv -v 0

translations: install ## Fill ru/be translations from a JSON file: make translations FILE=strings.json
	@test -n "$(FILE)" || { echo 'usage: make translations FILE=strings.json'; exit 2; }
	$(BIN)/python scripts/translate.py $(FILE)

spelling: install ## List the words hunspell does not know in the content and catalogues (never fails)
	$(BIN)/python scripts/spelling.py

notifications: install ## Keep sending queued notices about new requests (Ctrl-C stops)
	$(MANAGE) send_hotline_notifications --loop 30

load: install ## Load-test the hotline form: gunicorn + PostgreSQL, 200 concurrent sends
	$(BIN)/python scripts/hotline_load.py

bench: install ## Pages from the cache and afresh against the static CSS (wrk, gunicorn, PostgreSQL, Redis)
	$(BIN)/python scripts/bench.py

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) var
