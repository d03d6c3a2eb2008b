#!/usr/bin/env bash
# A second MongoDB-compatible server, in memory, for benchmarks (and as the fallback where FerretDB cannot be built).
#
#   scripts/mongo-java-server.sh exec -- <command…>   start it, run the command with MONGODB_URI set, stop it (exit code: the command's)
#   scripts/mongo-java-server.sh serve                start it in the foreground and print its MONGODB_URI (Ctrl-C stops it)
#   scripts/mongo-java-server.sh build                only fetch and compile (or find) it and print its directory
#
# mongo-java-server 1.46.0 (de.bwaldvogel, memory backend) is fetched from Maven Central with Maven once
# (scripts/mongo-java-server/pom.xml), with the small runner beside it (Serve.java), and cached in $PEER_MENTOR_CACHE
# (default ~/.cache/peer-mentor). Java 17 and Maven must be installed. Its data lives in the JVM and goes when it stops.
# Nothing here skips anything: if it cannot be fetched or started, this script fails and says why.
set -euo pipefail

VERSION=1.46.0
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE_DIR=${PEER_MENTOR_CACHE:-"${XDG_CACHE_HOME:-$HOME/.cache}/peer-mentor"}
DIR="$CACHE_DIR/mongo-java-server-$VERSION"

die() { echo "scripts/mongo-java-server.sh: $*" >&2; exit 1; }

build() {
  [ -f "$DIR/classes/Serve.class" ] && return 0
  command -v mvn >/dev/null 2>&1 || die "Maven is needed to fetch mongo-java-server $VERSION (e.g. apt-get install maven), or set MONGODB_URI to a running MongoDB instead."
  command -v javac >/dev/null 2>&1 || die "a JDK (17 or newer) is needed to compile its runner."
  echo "Fetching mongo-java-server $VERSION from Maven Central (once; cached in $CACHE_DIR)…" >&2
  local work
  work=$(mktemp -d)
  mvn -q -B -Dstyle.color=never -f "$HERE/mongo-java-server/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib" \
    || { rm -rf "$work"; die "Maven could not fetch mongo-java-server $VERSION (see its output above)."; }
  javac -cp "$work/lib/*" -d "$work/classes" "$HERE/mongo-java-server/Serve.java" || { rm -rf "$work"; die "compiling the runner failed."; }
  mkdir -p "$CACHE_DIR"
  rm -rf "$DIR"
  mv "$work" "$DIR"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

PID=""
LOG=""
start() {
  build
  local port
  port=$(free_port)
  LOG=$(mktemp "${TMPDIR:-/tmp}/peer-mentor-mongo-java-server.XXXXXX")
  java -cp "$DIR/classes:$DIR/lib/*" Serve "$port" >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 200); do
    if ! kill -0 "$PID" 2>/dev/null; then
      cat "$LOG" >&2
      die "mongo-java-server exited at start (its output is above)."
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export MONGODB_URI="mongodb://127.0.0.1:$port/"
      export MONGODB_SERVER_NAME="mongo-java-server $VERSION (memory backend)"
      return 0
    fi
    sleep 0.1
  done
  die "mongo-java-server did not listen on 127.0.0.1:$port within 20 s."
}

stop() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  [ -n "$LOG" ] && rm -f "$LOG"
  PID=""
  LOG=""
}

case "${1:-}" in
  build)
    build
    echo "$DIR"
    ;;
  serve)
    trap stop EXIT INT TERM
    start
    echo "mongo-java-server $VERSION is serving: MONGODB_URI=$MONGODB_URI (Ctrl-C stops it)"
    wait "$PID"
    ;;
  exec)
    shift
    [ "${1:-}" = "--" ] && shift
    [ $# -gt 0 ] || die "usage: scripts/mongo-java-server.sh exec -- <command…>"
    trap stop EXIT INT TERM
    start
    echo "mongo-java-server $VERSION on $MONGODB_URI" >&2
    set +e
    "$@"
    status=$?
    set -e
    exit "$status"
    ;;
  *)
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
