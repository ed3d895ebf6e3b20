#!/usr/bin/env bash
# Install the pinned Vale into .tools/bin (idempotent: does nothing when it is already there).
#
#   scripts/install-vale.sh          build it with Go when `go` is on PATH, else use PyPI
#
# With Go: `go install` builds Vale from the Go module proxy into .tools/bin/vale (cgo, so
# it needs a C compiler). Go's build and module caches stay in Go's own cache directories
# (outside this repository). Without Go: the `vale` package from PyPI goes into .venv, and
# .tools/bin/vale becomes a link to its launcher, which downloads the matching release
# binary on first use (that step needs internet access).
set -euo pipefail

VALE_VERSION="3.21.0"        # the newest release on both the Go module proxy and PyPI
PYPI_VERSION="${VALE_VERSION}.0"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin_dir="$root/.tools/bin"
vale="$bin_dir/vale"

installed_version() {
  # `vale --version` prints "vale version 3.21.0"; print nothing when it cannot run.
  "$1" --version 2>/dev/null | awk '{print $NF}' || true
}

if [[ -x "$vale" && "$(installed_version "$vale")" == "$VALE_VERSION" ]]; then
  exit 0
fi

mkdir -p "$bin_dir"
rm -f "$vale"

if command -v go >/dev/null 2>&1; then
  echo "building Vale v$VALE_VERSION with $(go version | awk '{print $3}') into .tools/bin" >&2
  # Keep Go's caches out of the repository even when GOPATH or the cache would default into it.
  export GOCACHE="${GOCACHE:-$(go env GOCACHE)}"
  export GOMODCACHE="${GOMODCACHE:-$(go env GOMODCACHE)}"
  case "$GOCACHE/" in "$root"/*) export GOCACHE="${XDG_CACHE_HOME:-$HOME/.cache}/go-build" ;; esac
  case "$GOMODCACHE/" in "$root"/*) export GOMODCACHE="$HOME/go/pkg/mod" ;; esac
  start=$SECONDS
  # The module moved from github.com/errata-ai/vale to github.com/vale-cli/vale; the old path
  # no longer resolves for this tag. `go install` leaves the version string at "master" unless
  # it is stamped in, the way Vale's own release build does.
  CGO_ENABLED=1 GOBIN="$bin_dir" go install -ldflags "-s -w -X main.version=$VALE_VERSION" \
    "github.com/vale-cli/vale/v3/cmd/vale@v$VALE_VERSION"
  echo "built Vale v$VALE_VERSION in $((SECONDS - start)) s" >&2
else
  echo "go not found: installing vale==$PYPI_VERSION from PyPI into .venv" >&2
  echo "(its launcher downloads the Vale release binary on first use: that needs internet)" >&2
  [[ -x "$root/.venv/bin/pip" ]] || python3 -m venv "$root/.venv"
  "$root/.venv/bin/pip" install --quiet "vale==$PYPI_VERSION"
  ln -s "../../.venv/bin/vale" "$vale"
fi

got="$(installed_version "$vale")"
if [[ "$got" != "$VALE_VERSION" ]]; then
  echo "error: .tools/bin/vale reports version '${got:-nothing}', expected $VALE_VERSION" >&2
  if [[ -L "$vale" ]]; then
    echo "       (the PyPI launcher could not fetch the Vale binary: check internet access)" >&2
  fi
  exit 1
fi
