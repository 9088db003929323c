# Japan Care Planner: `make serve` and `make test` set up everything they need on a fresh
# machine (Rust wasm target, Trunk, wasm-bindgen-cli, Chromium, npm tooling), then run.
# Every install step checks first, so repeated runs cost nothing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
WASM_TARGET := wasm32-unknown-unknown
DIST := dist
BENCH_PORT ?= 8091

# Trunk finds wasm-opt (npm binaryen) and wasm-bindgen here instead of downloading them.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help setup setup-build serve dist archive-worker fuzz data-report print-bundles test check test-native test-wasm test-e2e bench clean \
	ensure-target ensure-trunk ensure-wasm-bindgen ensure-chromium

help:
	@echo "make serve   build and serve the app on http://127.0.0.1:8080 (live reload)"
	@echo "make test    lint, then every test layer: native, wasm in Chromium, e2e + axe + size"
	@echo "make dist    release build into $(DIST)/ (one wasm bundle per tool, one index.html per route, service worker)"
	@echo "make bench   print file sizes, first-load bytes per route, timings and Lighthouse per route"
	@echo "make check   cargo fmt --check and clippy (native and wasm32), warnings as errors"
	@echo "make fuzz    random and damaged input against the packet and archive readers (not part of make test)"
	@echo "make data-report  every figure and rule with its source, dates and age, oldest check first"

# ---- Set-up (idempotent) -----------------------------------------------------------------
setup-build: ensure-target ensure-trunk ensure-wasm-bindgen node_modules/.installed
setup: setup-build ensure-chromium

ensure-target:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)

ensure-trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "Installing trunk $(TRUNK_VERSION) (about 9 minutes on 2 cores)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; \
	fi

# Not --locked: one of wasm-bindgen-cli's locked dependency versions is missing from the
# registry mirror. The test runner is installed with it and must match the same version.
ensure-wasm-bindgen:
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || \
	    [ "$$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 4 minutes)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

# CJK fonts: without them Chromium draws Japanese and Chinese as boxes in the screenshots
# that e2e saves for people to look at. `age` (the reference tool of the format sealed packets
# with documents use) and `unzip`: e2e opens the app's archives with them, outside the browser.
# `nginx` and `openssl`: e2e serves the build with the documented nginx block over HTTPS.
ensure-chromium:
	@if ! [ -x "$(CHROMIUM)" ] || ! [ -x "$(CHROMEDRIVER)" ] || ! fc-list :lang=ja | grep -q . \
	    || ! command -v age >/dev/null || ! command -v unzip >/dev/null \
	    || ! command -v nginx >/dev/null || ! command -v openssl >/dev/null; then \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver fonts-noto-cjk age unzip \
	    nginx openssl; \
	fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# ---- Run ---------------------------------------------------------------------------------
# Development: one debug build with every bundle's pages, rebuilt and reloaded on change.
serve: setup-build
	$(MAKE) --no-print-directory archive-worker DIST=$(DEV_WORKER)
	trunk serve --all-features

# One release build per bundle, read from the site table (BUNDLES in src/site.rs: one row
# per bundle, its cargo feature), then route-pages puts them together and writes each route's
# page in every locale, prerendered (it renders every bundle's pages, hence --all-features).
BUNDLES := $(shell sed -n 's/^ *BundleRow { bundle: Bundle::[A-Za-z]*, feature: "\([a-z]*\)".*/\1/p' src/site.rs)
BUNDLES_DIR := target/bundles

dist: setup-build
	@for bundle in $(BUNDLES); do \
	  echo "Building bundle $$bundle"; \
	  trunk build --release --no-default-features --features $$bundle --dist $(BUNDLES_DIR)/$$bundle; \
	done
	cargo run --quiet --all-features --bin route-pages -- $(BUNDLES_DIR) $(DIST)
	$(MAKE) --no-print-directory archive-worker
	cargo run --quiet --bin packet-schema -- $(DIST)/schema
	cp public/schema/packet-v1.json public/schema/packet-v2.json $(DIST)/schema/
	node scripts/minify-glue.mjs $(DIST)
	node scripts/service-worker.mjs $(DIST)

# The archive worker (src/bin/archive_worker): its own wasm, loaded only to export or open a
# packet with documents. wasm-bindgen's no-modules glue, then the call that starts it.
WORKER_OUT := target/archive-worker
# `make serve` builds it here; a Trunk hook (Trunk.toml) copies it into the dev build.
DEV_WORKER := target/archive-worker-dev
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue

archive-worker:
	@mkdir -p $(DIST)
	cargo build --quiet --release --target $(WASM_TARGET) --bin archive-worker
	wasm-bindgen --target no-modules --no-typescript --out-dir $(WORKER_OUT) --out-name archive-worker \
	  target/$(WASM_TARGET)/release/archive-worker.wasm
	wasm-opt -Oz $(WASM_FEATURES) $(WORKER_OUT)/archive-worker_bg.wasm -o $(DIST)/archive-worker_bg.wasm
	{ cat $(WORKER_OUT)/archive-worker.js; echo 'wasm_bindgen({ module_or_path: "/archive-worker_bg.wasm" });'; } \
	  > $(DIST)/archive-worker.js

# ---- Checks and tests --------------------------------------------------------------------
check: ensure-target
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	cargo clippy --all-targets --all-features --target $(WASM_TARGET) -- -D warnings
	@for bundle in $(BUNDLES); do \
	  cargo clippy --no-default-features --features $$bundle --target $(WASM_TARGET) -- -D warnings; \
	done

test: setup check test-native test-wasm test-e2e

# Every bundle's pages, so the prerendering test can render all of them.
test-native:
	cargo test --all-features

# Browser tests: tests/web_*.rs, run by wasm-bindgen-test-runner in headless Chromium with
# the flags in webdriver.json.
test-wasm: setup
	cargo test --target $(WASM_TARGET) --all-features --test 'web_*'

test-e2e: setup dist
	node --test --test-concurrency=1 e2e/

# The same build with empty pages, as before prerendering, for Lighthouse to compare against.
CLIENT_RENDERED := target/dist-client-rendered

bench: setup dist
	cargo run --quiet --all-features --bin route-pages -- --client-rendered $(BUNDLES_DIR) $(CLIENT_RENDERED)
	node scripts/minify-glue.mjs $(CLIENT_RENDERED)
	node scripts/service-worker.mjs $(CLIENT_RENDERED)
	node scripts/bench.mjs $(DIST)
	@echo
	cargo bench --quiet --bench estimate --bench stay --bench packet
	node scripts/bench-start.mjs $(DIST)
	@echo
	node scripts/bench-browser.mjs $(DIST)
	@echo
	node scripts/bench-archive.mjs $(DIST)
	@echo
	node scripts/lighthouse.mjs $(DIST) $(CLIENT_RENDERED)

# Not part of `make test` (a few minutes): every file reader against random and damaged input,
# the packet archive's reader against over a million.
fuzz:
	cargo test --release --test packet_fuzz -- --ignored --test-threads=1 --nocapture
	cargo test --release --test archive_fuzz -- --ignored --test-threads=1 --nocapture

print-bundles:
	@echo $(BUNDLES)

# Not part of `make test`: a figure checked over 12 months ago is a notice to the reader,
# not a failure, and the passing of time must not break CI.
data-report:
	node scripts/data-report.mjs

clean:
	rm -rf $(DIST) target node_modules
