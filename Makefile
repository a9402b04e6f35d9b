# Walker's everyday commands. The README's two commands are `make run` and `make test`.

GO ?= go

.PHONY: pwa run test check generate build

## run: serve Walker on the embedded SQLite file data/walker.db
run:
	$(GO) run .

## test: everything CI checks — vet, gofmt, generated code fresh, the suite on SQLite and on PostgreSQL
test:
	bash .ci/test

## check: the fast local loop — gofmt, vet, the import rules and the unit
## tests on SQLite (go test -short: no browser, no Node, no PostgreSQL, no root)
check:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "not gofmt-ed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	bash .ci/imports
	$(GO) test -short -count=1 ./...

## build: a static binary ./walker
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags="-s -w" -o walker .

## generate: ent (with entgql) first, then gqlgen
generate:
	$(GO) generate ./...

## pwa: rebuild the app bundle (pwa/dist, committed and embedded); needs Node
pwa:
	cd pwa && npm ci --no-audit --no-fund && npm run build

## lighthouse: Lighthouse (mobile) against a fresh Walker; scores, failing audits, artifacts/lighthouse/report.json
.PHONY: lighthouse
lighthouse:
	bash scripts/lighthouse

# The load benchmark at scale (docs/BENCHMARKS.md): seeds once, then SQLite and PostgreSQL.
.PHONY: bench
bench:
	bash scripts/bench
