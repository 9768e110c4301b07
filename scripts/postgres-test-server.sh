#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: never a centre's database.
#
#   scripts/postgres-test-server.sh start   # initdb + start; prints the connection URL
#   scripts/postgres-test-server.sh env     # prints the variables the tests read (when running)
#   scripts/postgres-test-server.sh stop    # stops it and deletes every file it had
#
# The server runs as an unprivileged user: the system user opieka-pg (created when missing) when
# this runs as root, otherwise the calling user. Its files live in /tmp/opieka-pg.PORT; it
# listens on 127.0.0.1:PORT (OPIEKA_PG_PORT, default 55432) and on a socket in that folder, with
# fsync off (fast, and nothing in it needs to survive a crash). Role opieka (may create
# databases; the tests make one per test) with a random password, database opieka_test.
# Exit codes: 0 done, 1 failed, 2 PostgreSQL is not installed (the tests then report skipped).
set -euo pipefail

port="${OPIEKA_PG_PORT:-55432}"
state="${TMPDIR:-/tmp}/opieka-pg.${port}"
bin="${OPIEKA_PG_BIN:-/usr/lib/postgresql/15/bin}"
role=opieka
database=opieka_test
url="postgresql://${role}@127.0.0.1:${port}/${database}"

say() { echo "postgres-test-server: $*" >&2; }

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u opieka-pg -- "$@"
  else
    "$@"
  fi
}

running() {
  [ -f "$state/data/postmaster.pid" ] && as_server_user "$bin/pg_ctl" -D "$state/data" status >/dev/null 2>&1
}

print_env() {
  echo "export OPIEKA_TEST_POSTGRES_URL=$url"
  echo "export OPIEKA_DB_PASSWORD=$(cat "$state/password")"
}

start() {
  if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    say "PostgreSQL 15 is not installed ($bin/initdb missing; Debian package postgresql)."
    exit 2
  fi
  if running; then
    say "already running in $state"
    echo "$url"
    return
  fi
  rm -rf "$state"
  if [ "$(id -u)" -eq 0 ] && ! id opieka-pg >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin opieka-pg
  fi
  mkdir -m 0711 "$state"
  (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$state/password")
  mkdir -m 0700 "$state/data"
  mkdir -m 0755 "$state/run"
  local pwfile="$state/run/initdb-password"
  (umask 077 && cp "$state/password" "$pwfile")
  if [ "$(id -u)" -eq 0 ]; then
    chown opieka-pg "$state/data" "$state/run" "$pwfile"
  fi
  if ! as_server_user "$bin/initdb" -D "$state/data" -U postgres --pwfile="$pwfile" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C --no-sync >"$state/initdb.log" 2>&1; then
    rm -f "$pwfile"
    say "initdb failed:"; cat "$state/initdb.log" >&2
    exit 1
  fi
  rm -f "$pwfile"
  # Each test's database lives for one test: no autovacuum, whose worker (a superuser's process)
  # made a test's DROP DATABASE ... WITH (FORCE) fail now and then ("must be a member of the role
  # whose process is being terminated").
  if ! as_server_user "$bin/pg_ctl" -D "$state/data" -l "$state/run/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$state/run \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
-c autovacuum=off" \
    start >/dev/null; then
    say "the server did not start:"; cat "$state/run/server.log" >&2 || true
    exit 1
  fi
  local password
  password="$(cat "$state/password")"
  PGPASSWORD="$password" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" \
    -U postgres -d postgres >/dev/null <<SQL
CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER $role;
SQL
  say "running as $(as_server_user id -un) in $state"
  echo "$url"
}

stop() {
  if running; then
    as_server_user "$bin/pg_ctl" -D "$state/data" -m immediate stop >/dev/null
  fi
  rm -rf "$state"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  env)
    running || { say "not running (start it first)"; exit 1; }
    print_env
    ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 1
    ;;
esac
