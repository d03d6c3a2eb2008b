#!/usr/bin/env bash
# A local MongoDB-compatible server for tests and development on machines that cannot download mongod.
#
#   scripts/ferretdb.sh exec -- <command…>   start FerretDB, run the command with MONGODB_URI set, stop FerretDB (exit code: the command's)
#   scripts/ferretdb.sh serve                start FerretDB in the foreground and print its MONGODB_URI (Ctrl-C stops it)
#   scripts/ferretdb.sh build                only build (or find) the binary and print its path
#
# FerretDB 1.24.2 is built from the Go module proxy once and cached in $PEER_MENTOR_CACHE (default ~/.cache/peer-mentor),
# outside the repository, so later runs reuse it. It serves on a free loopback port with its SQLite backend and a
# temporary data directory that is removed when it stops. With FERRETDB_BACKEND=postgresql it keeps its data in a
# PostgreSQL cluster of its own instead (initdb and pg_ctl must be installed, e.g. Debian's postgresql package), made
# in that directory and stopped with it: for benchmarks, as SQLite makes concurrent writes wait on each other.
# Nothing here skips anything: if FerretDB cannot be built or started, this script fails and says why.
set -euo pipefail

FERRETDB_VERSION=v1.24.2
CACHE_DIR=${PEER_MENTOR_CACHE:-"${XDG_CACHE_HOME:-$HOME/.cache}/peer-mentor"}
BIN="$CACHE_DIR/ferretdb-$FERRETDB_VERSION/ferretdb"

die() { echo "scripts/ferretdb.sh: $*" >&2; exit 1; }

build() {
  [ -x "$BIN" ] && return 0
  command -v go >/dev/null 2>&1 || die "Go is needed to build FerretDB $FERRETDB_VERSION (install Go 1.22 or newer), or set MONGODB_URI to a running MongoDB instead."
  echo "Building FerretDB $FERRETDB_VERSION with the Go module proxy (once; cached in $CACHE_DIR)…" >&2
  local src
  # `go install …@v1.24.2` needs the proxy's version list, which is not always reachable; downloading the exact
  # version is enough. The release tooling normally writes build/version/version.txt, which the binary insists on.
  src=$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p') \
    || die "could not download github.com/FerretDB/FerretDB@$FERRETDB_VERSION from the Go module proxy."
  [ -d "$src" ] || die "go mod download did not report a source directory for FerretDB."
  local work
  work=$(mktemp -d)
  cp -R "$src/." "$work/"
  chmod -R u+w "$work"
  echo "$FERRETDB_VERSION" > "$work/build/version/version.txt"
  mkdir -p "$(dirname "$BIN")"
  (cd "$work" && go build -trimpath -o "$BIN.tmp" ./cmd/ferretdb) || { rm -rf "$work"; die "building FerretDB failed (see the Go output above)."; }
  mv "$BIN.tmp" "$BIN"
  rm -rf "$work"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

DATA_DIR=""
PID=""
PG_DATA=""
# As root, PostgreSQL's programs run as the postgres user, who then owns the cluster's directory.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
pg_bin() {
  local initdb
  initdb=$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$initdb" ] || die "FERRETDB_BACKEND=postgresql needs PostgreSQL's initdb and pg_ctl (e.g. apt-get install postgresql)."
  dirname "$(readlink -f "$initdb")"
}
start_postgres() {
  local bin port
  bin=$(pg_bin)
  port=$(free_port)
  PG_DATA="$DATA_DIR/postgresql"
  mkdir -p "$PG_DATA"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_DATA"; fi
  as_pg "$bin/initdb" -D "$PG_DATA/data" -A trust -U postgres --no-sync >/dev/null
  as_pg "$bin/pg_ctl" -D "$PG_DATA/data" -l "$PG_DATA/postgresql.log" -w start \
    -o "-p $port -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" >/dev/null \
    || die "PostgreSQL did not start (see $PG_DATA/postgresql.log)."
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres ferretdb
  STORAGE=(--handler=postgresql --postgresql-url="postgres://postgres@127.0.0.1:$port/ferretdb")
}
start() {
  build
  DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/peer-mentor-ferretdb.XXXXXX")
  if [ "$(id -u)" = 0 ]; then chmod 755 "$DATA_DIR"; fi
  STORAGE=(--handler=sqlite --sqlite-url="file:$DATA_DIR/")
  case "${FERRETDB_BACKEND:-sqlite}" in
    sqlite) ;;
    postgresql) start_postgres ;;
    *) die "FERRETDB_BACKEND must be sqlite or postgresql (got ${FERRETDB_BACKEND})." ;;
  esac
  local port
  port=$(free_port)
  "$BIN" "${STORAGE[@]}" --state-dir="$DATA_DIR" \
    --listen-addr="127.0.0.1:$port" --debug-addr=- --telemetry=disable --log-level=warn \
    >"$DATA_DIR/ferretdb.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 100); do
    if ! kill -0 "$PID" 2>/dev/null; then
      cat "$DATA_DIR/ferretdb.log" >&2
      die "FerretDB exited at start (its log is above)."
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export MONGODB_URI="mongodb://127.0.0.1:$port/"
      return 0
    fi
    sleep 0.1
  done
  die "FerretDB did not listen on 127.0.0.1:$port within 10 s."
}

stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  [ -n "$PG_DATA" ] && as_pg "$(pg_bin)/pg_ctl" -D "$PG_DATA/data" -m immediate -w stop >/dev/null 2>&1 || true
  PG_DATA=""
  [ -n "$DATA_DIR" ] && rm -rf "$DATA_DIR"
  PID=""
  DATA_DIR=""
}

case "${1:-}" in
  build)
    build
    echo "$BIN"
    ;;
  serve)
    trap stop EXIT INT TERM
    start
    echo "FerretDB $FERRETDB_VERSION is serving: MONGODB_URI=$MONGODB_URI (Ctrl-C stops it)"
    wait "$PID"
    ;;
  exec)
    shift
    [ "${1:-}" = "--" ] && shift
    [ $# -gt 0 ] || die "usage: scripts/ferretdb.sh exec -- <command…>"
    trap stop EXIT INT TERM
    start
    echo "FerretDB $FERRETDB_VERSION on $MONGODB_URI" >&2
    set +e
    "$@"
    status=$?
    set -e
    exit "$status"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
