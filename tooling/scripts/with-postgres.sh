#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a PostgreSQL server.
# - DATABASE_URL already set: the command runs against that server.
# - Otherwise a throwaway server is started on 127.0.0.1 on a free port with its own data
#   directory, and stopped when the command ends. PostgreSQL is installed from Debian's
#   packages when its binaries are missing and we are root.
# initdb and postgres refuse to run as root: as root they run as the `postgres` user.
set -euo pipefail

if [ -n "${DATABASE_URL:-}" ]; then
  exec "$@"
fi

find_pg_bin() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

PG_BIN=$(find_pg_bin || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL not found: installing it from Debian's packages ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    PG_BIN=$(find_pg_bin)
  else
    echo "error: PostgreSQL server binaries (initdb, pg_ctl) not found. Install PostgreSQL, or set DATABASE_URL to a server." >&2
    exit 1
  fi
fi

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

PG_DIR=$(mktemp -d -t img-pg-XXXXXX)
chmod 755 "$PG_DIR"
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  chown postgres "$PG_DIR"
fi
PG_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# A test server: durability settings off (the data are thrown away), memory for bulk loads.
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start -o \
  "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=4GB -c shared_buffers=512MB -c maintenance_work_mem=512MB -c max_connections=200" >/dev/null

stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT INT TERM

export DATABASE_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
# For benchmarks that stop and start the server under load (as the postgres user when root).
export IMG_PG_BIN="$PG_BIN" IMG_PG_DATA="$PG_DIR/data"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running at $DATABASE_URL" >&2
"$@"
