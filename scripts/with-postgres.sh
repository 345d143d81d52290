#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster, then removes the cluster.
#
#   scripts/with-postgres.sh node scripts/test.mjs packages/reference-server
#
# Installs PostgreSQL from Debian's packages when no server binaries are found (needs root or
# sudo), creates a cluster with initdb in a temporary folder as the `postgres` user (when run as
# root; as the current user otherwise), starts it on a free port on 127.0.0.1 only, exports
# DATABASE_URL (superuser, trust authentication: for tests only) and PGBIN (the server's binaries,
# for tests that start a private cluster to stop and restart), runs the command, stops the
# cluster and deletes its folder, and exits with the command's status.
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

PGBIN="$(find_bin || true)"
if [[ -z "${PGBIN}" || ! -x "${PGBIN}/initdb" ]]; then
  echo "with-postgres: installing PostgreSQL from Debian…" >&2
  SUDO=""; [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  ${SUDO} apt-get update -qq >&2
  ${SUDO} apt-get install -y -qq --no-install-recommends postgresql >&2
  PGBIN="$(find_bin)"
fi

PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/egov-pg-XXXXXX")"
DATA="${WORK}/data"
RUN_AS=()
if [[ "$(id -u)" -eq 0 ]]; then
  chown postgres:postgres "${WORK}"
  RUN_AS=(runuser -u postgres --)
fi

cleanup() {
  "${RUN_AS[@]}" "${PGBIN}/pg_ctl" -D "${DATA}" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "${WORK}"
}
trap cleanup EXIT INT TERM

"${RUN_AS[@]}" "${PGBIN}/initdb" -D "${DATA}" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "${PGBIN}/pg_ctl" -D "${DATA}" -l "${WORK}/postgres.log" -w \
  -o "-p ${PORT} -k ${WORK} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on" start >/dev/null

export DATABASE_URL="postgres://postgres@127.0.0.1:${PORT}/postgres"
# Tests that stop and restart PostgreSQL start a private cluster with these binaries.
export PGBIN
echo "with-postgres: PostgreSQL $("${PGBIN}/postgres" --version | awk '{print $3}') at ${DATABASE_URL}" >&2
set +e
"$@"
status=$?
set -e
exit "${status}"
