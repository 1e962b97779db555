# CartONG Toolkit for QGIS: every target installs what it needs (Debian/Ubuntu), then runs.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Run-time: QGIS with its Python bindings. Test-time: Xvfb, pdftotext, ogr2ogr, lrelease, and PostgreSQL 15 +
# PostGIS 3 for the throw-away cluster of the teams tests (tests/postgis_cluster.py; no service is started).
APT_PACKAGES := qgis python3-qgis qgis-providers xvfb xauth poppler-utils gdal-bin \
	python3-pandas python3-venv qttools5-dev-tools unzip zip postgresql-15 postgresql-15-postgis-3
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup system-deps venv translations demo test test-fast test-ltr test-sid lint docs package release gui-smoke bench mutate translate clean

help:
	@echo "make demo      import the sample survey, check it and write a print-ready PDF map to out/"
	@echo "make test      install what is needed and run the test suite (QGIS headless)"
	@echo "make test-ltr  the same suite on QGIS 3.40 LTR in a Debian trixie chroot"
	@echo "make lint      ruff check + format, the Qt6-readiness check and mypy (tests/mypy.ini)"
	@echo "make package   dist/cartong_plugin.zip, installable with Plugins > Install from ZIP"
	@echo "make docs      docs/algorithms.<lang>.md, the algorithm reference, from the algorithms themselves"
	@echo "make release   dist/cartong_plugin.<version>.zip for the QGIS plugin repository, and dist/plugins.xml"
	@echo "make test-sid  the suite on the newest QGIS Debian packages (sid) in a chroot"
	@echo "make gui-smoke the real QGIS desktop under Xvfb: install the zip, open the plugin, screenshot"
	@echo "make bench     speed and memory benchmarks against ogr2ogr and QGIS's own algorithms"
	@echo "make mutate    mutation testing of the cleaning, protection and import modules (mutmut; ~20 min on 2 cores)"
	@echo "make translate refresh i18n/*.ts from the tr() strings in the code"
	@echo "make check-links list help-catalogue links that no longer answer (needs internet; not in make test)"

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(VENV)/.stamp: tests/requirements.txt
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r tests/requirements.txt
	touch $@

venv: system-deps $(VENV)/.stamp

setup: venv translations

translations: system-deps
	@$(SYSTEM_PYTHON) i18n/build_qm.py

demo: setup
	$(PY) -m cartong_plugin.demo --output out/

test: setup
	$(PY) -m pytest -c tests/pytest.ini tests

test-fast: setup
	$(PY) -m pytest -c tests/pytest.ini tests -m "not slow"

test-ltr:
	bash tests/tools/ltr.sh $(LTR_ARGS)

test-sid:
	CARTONG_SUITE=sid bash tests/tools/ltr.sh $(LTR_ARGS)

lint: venv
	@status=0; \
	$(VENV)/bin/ruff check --config tests/ruff.toml cartong_plugin tests i18n || status=1; \
	$(VENV)/bin/ruff format --check --config tests/ruff.toml cartong_plugin tests i18n || status=1; \
	$(PY) tests/tools/lint_qt6.py cartong_plugin tests i18n || status=1; \
	$(PY) tests/tools/typecheck.py || status=1; \
	exit $$status

package: translations
	$(SYSTEM_PYTHON) tests/tools/package_plugin.py --output dist/cartong_plugin.zip

docs: setup
	$(PY) tests/tools/make_docs.py

# RELEASE_URL: where the zip will be served (a web folder, or file:///path/on/a/shared/drive)
release: setup
	$(PY) tests/tools/release.py --output-dir dist $(if $(RELEASE_URL),--base-url $(RELEASE_URL))

gui-smoke: package
	bash tests/tools/gui_smoke.sh dist/cartong_plugin.zip out/gui-smoke.png

bench: setup
	$(PY) tests/bench/run_all.py

# mutmut is a development tool only: installed here, not in tests/requirements.txt. MUTATE_JOBS: mutants at once.
MUTATE_JOBS ?= 2
mutate: setup
	$(PY) -m pip install -q --disable-pip-version-check "mutmut>=3.8,<4"
	$(PY) tests/tools/mutate.py --jobs $(MUTATE_JOBS)

translate:
	$(SYSTEM_PYTHON) i18n/update_ts.py

clean:
	rm -rf build dist out .pytest_cache i18n/*.qm

.PHONY: check-links
check-links: venv
	$(PY) tests/tools/check_links.py
