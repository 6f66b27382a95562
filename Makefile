# Every command a Vitrine user runs. `make help` lists them.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican
PLUGINS_ON_PATH := PYTHONPATH=plugins
HOST ?= 127.0.0.1
# `make html TIMINGS=1`: the time of each step and of each plugin's part in it.
export TIMINGS
PORT ?= 8000
PRODUCTS ?= 1000
IMAGES ?= 200
GROWTH ?= 10000
ROUNDS ?= 3

.DEFAULT_GOAL := help
.PHONY: help html publish deploy deploy-clean-preview serve devserver check new-product new-case-study new-page hooks cms edit \
	phases schema messages test test-quick lint \
	bench bench-live bench-deploy lighthouse clean clean-images import-reviews

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# The virtual environment is rebuilt whenever a requirements file changes.
$(BIN)/.runtime: requirements.txt
	@echo "Setting up $(VENV) with the pinned dependencies of requirements.txt (first run only)…"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

# The tests drive the real CMS, so they install it too.
$(BIN)/.dev: $(BIN)/.runtime requirements-dev.txt tests/package-lock.json plugins/cms/node_modules/.installed
	@echo "Installing test tools (requirements-dev.txt, and tests/package-lock.json with npm)…"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@npm ci --prefix tests --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

html: $(BIN)/.runtime ## Build the site into output/ (kept as it was if the build fails)
	@$(PELICAN) content -s pelicanconf.py --fatal errors

publish: $(BIN)/.runtime ## Build the production site (publishconf.py) into output/
	@$(PELICAN) content -s publishconf.py --fatal errors

# Uploads only what changed; pages after the files they use, deletions last (plugins/publish).
# With PREVIEW=<branch>, builds the preview first (publishconf.py reads PREVIEW).
deploy: $(BIN)/.runtime ## Send output/ to the bucket of publishconf.py's DEPLOY (after make publish; DRY_RUN=1, FORCE=1, PREVIEW=branch)
	@$(if $(PREVIEW),PREVIEW="$(PREVIEW)" $(PELICAN) content -s publishconf.py --fatal errors &&) \
	PREVIEW="$(PREVIEW)" $(PLUGINS_ON_PATH) $(BIN)/python -m publish --settings publishconf.py \
		$(if $(DRY_RUN),--dry-run) $(if $(FORCE),--force)

deploy-clean-preview: $(BIN)/.runtime ## Remove a preview from the bucket (PREVIEW=branch)
	@test -n "$(PREVIEW)" || { echo "Usage: make deploy-clean-preview PREVIEW=my-branch"; exit 2; }
	@PREVIEW="$(PREVIEW)" $(PLUGINS_ON_PATH) $(BIN)/python -m publish --settings publishconf.py --clean-preview

serve: ## Serve output/ on http://$(HOST):$(PORT)/
	@test -d output || { echo "No output/ yet: run 'make html' first."; exit 1; }
	@echo "Serving output/ on http://$(HOST):$(PORT)/ (Ctrl+C to stop)"
	@$(BIN)/python -m http.server --bind $(HOST) --directory output $(PORT)

# Each save rebuilds in the server's process and the open page reloads itself; a content
# mistake shows in the page over the last good version (plugins/live_preview).
devserver: $(BIN)/.runtime ## Serve on http://$(HOST):$(PORT)/; rebuild on every save, the page reloads by itself
	@$(PLUGINS_ON_PATH) $(BIN)/python -m live_preview --host $(HOST) --port $(PORT) \
		-- content -s pelicanconf.py --fatal errors -e 'PAPER={"enabled": false}'

check: $(BIN)/.runtime ## Validate all content without rendering (for a pre-commit hook)
	@$(PLUGINS_ON_PATH) $(BIN)/python -m catalog.check --settings pelicanconf.py

SCAFFOLD := $(PLUGINS_ON_PATH) $(BIN)/python -m scaffold --settings pelicanconf.py

new-product: $(BIN)/.runtime ## Write a new product in every language (SLUG=… CATEGORY=… [KIND=…])
	@test -n "$(SLUG)" || { echo "Usage: make new-product SLUG=my-product CATEGORY=Audits [KIND=service]"; exit 2; }
	@$(SCAFFOLD) product "$(SLUG)" --category "$(CATEGORY)" --kind "$(KIND)"

new-case-study: $(BIN)/.runtime ## Write a new case study in every language (SLUG=…)
	@test -n "$(SLUG)" || { echo "Usage: make new-case-study SLUG=my-case-study"; exit 2; }
	@$(SCAFFOLD) case-study "$(SLUG)"

new-page: $(BIN)/.runtime ## Write a new page in every language (SLUG=…)
	@test -n "$(SLUG)" || { echo "Usage: make new-page SLUG=my-page"; exit 2; }
	@$(SCAFFOLD) page "$(SLUG)"

hooks: ## Install the git pre-commit hook that runs make check
	@hook="$$(git rev-parse --git-path hooks)/pre-commit"; \
	wanted="$$(printf '#!/bin/sh\n# Installed by make hooks: content mistakes never reach a commit.\nexec make --no-print-directory check')"; \
	if [ -e "$$hook" ] && [ "$$(cat "$$hook")" != "$$wanted" ]; then \
		echo "$$hook exists and is not Vitrine's: left as it is (add 'make --no-print-directory check' to it)"; exit 1; fi; \
	mkdir -p "$$(dirname "$$hook")" && printf '%s\n' "$$wanted" > "$$hook" && chmod +x "$$hook" && \
	echo "pre-commit hook installed: $$hook runs make check"

CMS := $(PLUGINS_ON_PATH) $(BIN)/python -m cms --settings pelicanconf.py

# Decap CMS and its local backend, from plugins/cms/package-lock.json (first run only).
plugins/cms/node_modules/.installed: plugins/cms/package-lock.json
	@echo "Installing the CMS (Decap CMS and decap-server, plugins/cms/package-lock.json)…"
	@npm ci --prefix plugins/cms --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

cms: $(BIN)/.runtime ## Write the CMS configuration (plugins/cms/config.yml) from the schema and the site
	@$(CMS) write

edit: $(BIN)/.runtime plugins/cms/node_modules/.installed ## Edit in the CMS on http://$(HOST):8001/admin/, the live preview on :$(PORT)
	@trap 'kill 0' INT TERM EXIT; \
	$(MAKE) --no-print-directory devserver & \
	$(CMS) serve --host $(HOST) --port 8001

import-reviews: $(BIN)/.runtime ## Turn a CSV export of reviews into review files (FILE=export.csv)
	@test -n "$(FILE)" || { echo "Usage: make import-reviews FILE=export.csv"; exit 2; }
	@$(PLUGINS_ON_PATH) $(BIN)/python -m reviews.importer --settings pelicanconf.py "$(FILE)"

phases: $(BIN)/.runtime ## List the build's phases and which plugin runs when
	@$(PLUGINS_ON_PATH) $(BIN)/python -m catalog.phases pelicanconf.py

schema: $(BIN)/.runtime ## Export the front-matter JSON Schemas to plugins/*/json-schema/
	@$(PLUGINS_ON_PATH) $(BIN)/python -m catalog.jsonschema plugins/catalog/json-schema
	@$(PLUGINS_ON_PATH) $(BIN)/python -m reviews.jsonschema plugins/reviews/json-schema

messages: $(BIN)/.runtime ## Extract theme strings and update the fr/en translation catalogs
	@$(BIN)/pybabel extract -F theme/babel.cfg --no-location --sort-output --omit-header -o theme/translations/messages.pot theme
	@$(BIN)/pybabel update -i theme/translations/messages.pot -d theme/translations --ignore-obsolete --no-fuzzy-matching --ignore-pot-creation-date

lint: $(BIN)/.dev ## Lint and type-check the code
	@$(BIN)/ruff check plugins tests benchmarks pelicanconf.py publishconf.py
	@$(BIN)/mypy

test: $(BIN)/.dev lint ## Run every test: unit, build, validators, browser
	@$(BIN)/python -m pytest

# Unit tests only: no build, validator or browser test (markers set in tests/conftest.py).
test-quick: $(BIN)/.dev ## Run the unit tests only, in seconds (no lint, build or browser)
	@$(BIN)/python -m pytest -m "not build and not browser" -q

lighthouse: $(BIN)/.dev html ## Lighthouse's four scores on each kind of page, both languages
	@$(BIN)/python benchmarks/lighthouse.py --site output

bench-live: $(BIN)/.runtime ## Measure save-to-page time of make devserver (demo, then PRODUCTS=1000)
	@$(BIN)/python benchmarks/live_preview.py --products $(PRODUCTS)

bench-deploy: $(BIN)/.dev html ## Measure make deploy to a local S3 server: the demo, then PRODUCTS=1000
	@$(BIN)/python benchmarks/deploy.py --products $(PRODUCTS)

bench: $(BIN)/.runtime ## Measure build speed against plain Pelican and Hugo (PRODUCTS=1000, ROUNDS=3, GROWTH=10000), and images (IMAGES=200)
	@$(BIN)/python benchmarks/bench.py --products $(PRODUCTS) --repeat $(ROUNDS) --without seo,feeds --paper --growth $(GROWTH)
	@$(BIN)/python benchmarks/reviews.py
	@$(BIN)/python benchmarks/images.py --images $(IMAGES)

# Encoded images (cache/images) take minutes to make again: kept unless ALL=1.
clean: ## Remove the built site and caches, but not encoded images (ALL=1: them too)
	rm -rf output output.partial-* output.previous-* .pytest_cache .mypy_cache .ruff_cache
	find cache -mindepth 1 -maxdepth 1 ! -name images -exec rm -rf {} + 2>/dev/null || true
	$(if $(ALL),rm -rf cache)

clean-images: ## Remove the encoded images kept in cache/images
	rm -rf cache/images
