# Greenline — the two set-up commands are `make serve` and `make test`.
GO       ?= go
WASMEXEC := $(shell $(GO) env GOROOT)/lib/wasm
# go test under GOOS=js GOARCH=wasm runs the test binary with Node through
# go_js_wasm_exec from the Go root.
WASMTEST := PATH="$(WASMEXEC):$$PATH" GOOS=js GOARCH=wasm $(GO) test

# axe-core, pinned in package.json and package-lock.json, checks the pages'
# accessibility in the browser tests; npm ci installs exactly the locked version.
AXE      := node_modules/axe-core/axe.min.js

# ADDR is where make serve listens: make serve ADDR=127.0.0.1:9000
ADDR     ?= 127.0.0.1:8080

# FUZZTIME is how long make fuzz runs each fuzz target.
FUZZTIME ?= 30s

.PHONY: serve build test check templ-check tools chromium pdftotext axe bench lighthouse fuzz

## serve: build dist/ and serve it on http://$(ADDR) (make serve ADDR=host:port)
serve:
	$(GO) run ./build serve -addr $(ADDR)

## build: build dist/ only
build:
	$(GO) run ./build

## test: every test: checks, unit, golden, fuzz seeds, wasm under Node, real Chromium,
## the factor-table Worker in workerd (./worker, with miniflare from npm ci)
test: tools check chromium pdftotext axe worker
	$(GO) test -count=1 ./...
	$(WASMTEST) -short ./calc/... ./wasm/
	node --test site/static/xlsx.test.mjs
	node --test site/static/factorsource.test.mjs
	node --test site/static/csv.test.mjs

## check: formatting, vet, generated templ code, the dependency rule
check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@$(MAKE) -s templ-check
	$(GO) test -run 'TestDependencyRule' -count=1 ./calc

## templ-check: fail when a *_templ.go file is stale; silent otherwise
templ-check:
	@$(GO) tool templ generate -check -log-level error

## tools: say in one message every tool make test needs and cannot install
## itself, before anything runs (as root with apt-get, the chromium,
## pdftotext and axe targets install what is missing)
tools:
	@missing=""; \
	command -v $(GO) >/dev/null 2>&1 || missing="$$missing\n  Go 1.26 (https://go.dev/dl/)"; \
	command -v node >/dev/null 2>&1 || missing="$$missing\n  Node.js 20 with npm"; \
	if [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then \
	  command -v chromium >/dev/null 2>&1 || missing="$$missing\n  chromium (Debian package chromium)"; \
	  fc-list :lang=zh 2>/dev/null | grep -q . || missing="$$missing\n  a Chinese font (Debian package fonts-wqy-microhei)"; \
	  command -v pdftotext >/dev/null 2>&1 || missing="$$missing\n  pdftotext (Debian package poppler-utils)"; \
	  command -v npm >/dev/null 2>&1 || missing="$$missing\n  npm (Debian package npm)"; \
	fi; \
	if [ -n "$$missing" ]; then printf "make test needs these, missing here:$$missing\nInstall them (as root, make test installs the Debian packages itself) and run make test again.\n" >&2; exit 1; fi

## fuzz: run every Go fuzz target for FUZZTIME each (make fuzz FUZZTIME=5m);
## a crasher is written under the package's testdata/fuzz/ and must be
## committed with its fix, where make test then replays it
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$target for $(FUZZTIME)"; \
	    $(GO) test -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

## chromium: install Debian's Chromium for the browser tests when missing,
## with a CJK font so that the Chinese report prints as text, not boxes
chromium:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium and a Chinese font for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei; \
	  else \
	    echo "make test needs Chromium and a Chinese font for the browser tests: install them with 'sudo apt-get install chromium fonts-wqy-microhei' and run make test again" >&2; \
	    exit 1; \
	  fi; \
	fi

## pdftotext: install Poppler's pdftotext (Debian's poppler-utils), which reads the PDFs the browser prints, when missing
pdftotext:
	@if ! command -v pdftotext >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's poppler-utils (pdftotext) for the print tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; \
	  else \
	    echo "make test needs pdftotext for the print tests: install it with 'sudo apt-get install poppler-utils' and run make test again" >&2; \
	    exit 1; \
	  fi; \
	fi

## axe: install the locked axe-core into node_modules/ when missing or older than the lockfile
axe: $(AXE)

$(AXE): package.json package-lock.json
	@if ! command -v npm >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's npm for axe-core"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; \
	  else \
	    echo "make test needs npm to install axe-core: install it with 'sudo apt-get install npm' and run make test again" >&2; \
	    exit 1; \
	  fi; \
	fi
	npm ci --no-audit --no-fund
	@touch $@

## bench: every figure of issue 13 (docs/PERFORMANCE.md) in one run of 3–9
## minutes here (by the load), as a table on stdout, progress on stderr: sizes of a first visit,
## engine ready cold/warm/offline and the 876,000-row import over BENCH_RUNS
## fresh Chromium profiles, YearCompute/100users native and wasm, Lighthouse
## TBT, a keystroke's latency; load average at start and end (build/bench_test.go,
## built only with -tags bench). BENCH_OUT=file also writes the table there;
## BENCH_FLAGS takes the bench's own flags: -doc puts the table into
## docs/PERFORMANCE.md, -full adds every Go benchmark of ./calc/... native and
## wasm, -only 2,3 measures some figures, -verbose prints each measurement,
## -floor puts the smallest Go wasm program in place of the engine (Go's floor).
BENCH_RUNS  ?= 5
BENCH_OUT   ?=
BENCH_FLAGS ?=
bench: chromium $(AXE)
	@dir=$$(mktemp -d) && $(GO) test -c -tags bench -o $$dir/bench.test ./build && \
	  $$dir/bench.test -test.run '^TestBench$$' -test.timeout 30m -runs $(BENCH_RUNS) $(if $(BENCH_OUT),-out $(abspath $(BENCH_OUT))) $(BENCH_FLAGS); \
	  rc=$$?; rm -rf $$dir; exit $$rc

# The factor-table Worker (docs/worker.md): Go compiled to wasm with
# syumai/workers, run in workerd through Miniflare (pinned with wrangler in
# package.json; npm ci installs them with axe-core). Nothing here talks to
# Cloudflare: no account, no remote bindings, no telemetry (and no banner,
# whose update check asks the npm registry for the newest wrangler).
.PHONY: worker worker-dev worker-test worker-size
WORKER_BUILD := worker/build
NO_CLOUD     := env -u CLOUDFLARE_API_TOKEN CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true

## worker: build the Worker into worker/build (app.wasm, syumai/workers' glue, worker/worker.mjs)
worker:
	$(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o $(WORKER_BUILD)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WORKER_BUILD)/app.wasm ./worker
	cp worker/worker.mjs $(WORKER_BUILD)/worker.mjs

## worker-dev: serve the tables from workerd on http://127.0.0.1:8787, with the example association table in KV
worker-dev: worker axe
	$(NO_CLOUD) node worker/dev.mjs --port 8787 --store worker/testdata/store

## worker-test: the Worker's tests alone (make test runs them too): the handler on the host, the build in
## workerd, and site/static/factorsource.js against the build
worker-test: worker axe
	$(GO) test -count=1 ./worker ./calc/factors ./cmd/greenline
	node --test site/static/factorsource.test.mjs

## worker-size: the upload `wrangler deploy` would send, measured without deploying
worker-size: worker axe
	$(NO_CLOUD) npx wrangler deploy --dry-run --outdir $(CURDIR)/$(WORKER_BUILD)/dry-run --config worker/wrangler.toml

## lighthouse: Lighthouse (pinned in package.json) with Debian's Chromium on
## every page in both languages of a site served at LH_BASE (make serve first;
## figures in docs/PERFORMANCE.md)
LH_BASE  ?= http://127.0.0.1:8080/
lighthouse: $(AXE)
	@set -e; for p in en/ zh/ en/factors/ zh/factors/ en/method/ zh/method/ en/embed/ zh/embed/; do \
	  out=$$(mktemp); \
	  CHROME_PATH=$$(command -v chromium) node_modules/.bin/lighthouse "$(LH_BASE)$$p" --quiet --output=json --output-path=$$out \
	    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" >/dev/null 2>&1; \
	  node build/lighthouse-summary.mjs $$out /$$p; \
	  rm -f $$out; \
	done
