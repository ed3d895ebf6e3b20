#!/usr/bin/env bash
# Install the pinned actionlint into .tools/bin (idempotent: does nothing when it is there).
#
#   scripts/install-actionlint.sh     build it with `go install` from the Go module proxy
#
# actionlint checks the GitHub Actions workflows in .github/workflows (tests/ci runs it).
# Go's build and module caches stay in Go's own cache directories, outside this repository.
set -euo pipefail

ACTIONLINT_VERSION="1.7.12"   # the newest release on the Go module proxy

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin_dir="$root/.tools/bin"
actionlint="$bin_dir/actionlint"

installed_version() {
  # `actionlint -version` prints "v1.7.12" on its first line; nothing when it cannot run.
  "$1" -version 2>/dev/null | head -n 1 | tr -d 'v' || true
}

if [[ -x "$actionlint" && "$(installed_version "$actionlint")" == "$ACTIONLINT_VERSION" ]]; then
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "error: actionlint $ACTIONLINT_VERSION is built with Go, and go is not on PATH" >&2
  echo "       (install Go 1.22 or newer, then run: make actionlint)" >&2
  exit 1
fi

mkdir -p "$bin_dir"
export GOCACHE="${GOCACHE:-$(go env GOCACHE)}"
export GOMODCACHE="${GOMODCACHE:-$(go env GOMODCACHE)}"
case "$GOCACHE/" in "$root"/*) export GOCACHE="${XDG_CACHE_HOME:-$HOME/.cache}/go-build" ;; esac
case "$GOMODCACHE/" in "$root"/*) export GOMODCACHE="$HOME/go/pkg/mod" ;; esac
echo "building actionlint v$ACTIONLINT_VERSION with $(go version | awk '{print $3}') into .tools/bin" >&2
start=$SECONDS
CGO_ENABLED=0 GOBIN="$bin_dir" go install -ldflags "-s -w" \
  "github.com/rhysd/actionlint/cmd/actionlint@v$ACTIONLINT_VERSION"
echo "built actionlint v$ACTIONLINT_VERSION in $((SECONDS - start)) s" >&2

got="$(installed_version "$actionlint")"
if [[ "$got" != "$ACTIONLINT_VERSION" ]]; then
  echo "error: .tools/bin/actionlint reports version '${got:-nothing}', expected $ACTIONLINT_VERSION" >&2
  exit 1
fi
