#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the service tests: data in .data/postgres-test (gitignored), listening
# on 127.0.0.1 only, trust auth, fixed port (PGTEST_PORT, default 54329). Usage: start | stop | restart | url | status.
# As root it runs initdb/pg_ctl as the postgres user (initdb refuses root); if that user cannot reach this folder
# (a checkout under /root), the cluster lives in /tmp/postgres-test-<uid>-<port> instead. PGTEST_DIR overrides.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PGTEST_PORT:-54329}"
DIR="${PGTEST_DIR:-$(pwd)/.data/postgres-test}"
if [ -z "${PGTEST_DIR:-}" ] && [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$(pwd)" 2>/dev/null; then
  DIR="/tmp/postgres-test-$(id -u)-${PORT}"
fi
BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
URL="postgres://postgres@127.0.0.1:${PORT}/postgres"

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

init() {
  [ -x "$BIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)." >&2; exit 1; }
  [ -f "$DIR/PG_VERSION" ] && return
  mkdir -p "$DIR"
  # Only our own files in it (a stale folder without PG_VERSION is from an interrupted initdb).
  rm -rf "${DIR:?}"/* 2>/dev/null || true
  if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; chmod 700 "$DIR"; fi
  as_owner "$BIN/initdb" -D "$DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = ${PORT}
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
}

start() {
  init
  if as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then return; fi
  as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 start >/dev/null
}

stop() {
  [ -f "$DIR/PG_VERSION" ] || return 0
  as_owner "$BIN/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
  start) start; echo "$URL" ;;
  stop) stop ;;
  restart) stop; start; echo "$URL" ;;
  url) echo "$URL" ;;
  status) as_owner "$BIN/pg_ctl" -D "$DIR" status ;;
  *) echo "usage: $0 start|stop|restart|url|status" >&2; exit 2 ;;
esac
