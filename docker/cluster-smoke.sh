#!/usr/bin/env bash
# The cluster of docker/compose.yaml without Docker: two nodes of the jar on one PostgreSQL database, started at the
# same moment. Checks that Flyway migrates once (the other node waits on Flyway's PostgreSQL lock, then finds nothing
# to do), that the start-up set-up ran once, that both nodes answer (and refuse the anonymous), and that a task
# created through one node is seen and completed through the other. Bounded: every wait has a timeout; both nodes are
# stopped on exit; any failed check makes the exit status non-zero.
#
# Usage: docker/cluster-smoke.sh            (builds target/*.jar if it is missing)
# Env:   PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), CLUSTER_DB (nomination_cluster), START_TIMEOUT (240 s)
set -euo pipefail

cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DB=${CLUSTER_DB:-nomination_cluster}
START_TIMEOUT=${START_TIMEOUT:-240}
ADMIN_PASSWORD=cluster-smoke-$RANDOM$RANDOM
PORTS=(8081 8082)
WORK=$(mktemp -d /tmp/nomination-cluster.XXXXXX)
PIDS=()
FAILED=0

psql_db() { PGOPTIONS='-c client_min_messages=warning' psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -v ON_ERROR_STOP=1 -qtAX "$@"; }
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILED=1; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

stop_nodes() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  PIDS=()
}
trap 'stop_nodes' EXIT

JAR=$(ls target/nomination-engine-*.jar 2>/dev/null | grep -v original | head -n1 || true)
if [[ -z "$JAR" ]]; then
  echo "Building the jar ..."
  mvn -q -B -DskipTests package
  JAR=$(ls target/nomination-engine-*.jar | grep -v original | head -n1)
fi
echo "Jar: $JAR   logs: $WORK"

pg_isready -h "$PGHOST" -p "$PGPORT" >/dev/null || { echo "PostgreSQL does not answer on $PGHOST:$PGPORT"; exit 1; }
psql_db -d postgres -c "drop database if exists $DB" -c "create database $DB"
echo "Database $DB created (empty)"

# Both nodes at once: they race for the migrations.
for i in 0 1; do
  port=${PORTS[$i]}
  NOMINATION_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" NOMINATION_DB_USER="$PGUSER" NOMINATION_DB_PASSWORD="" \
  NOMINATION_ADMIN_PASSWORD="$ADMIN_PASSWORD" NOMINATION_DATA_DIR="$WORK/data-$port" \
    java -Xmx512m -jar "$JAR" --spring.profiles.active=postgres --server.port="$port" \
    > "$WORK/node-$port.log" 2>&1 &
  PIDS+=($!)
done
echo "Started node1 (pid ${PIDS[0]}, port 8081) and node2 (pid ${PIDS[1]}, port 8082)"

# While they start, watch for Flyway's advisory lock (pg_try_advisory_xact_lock: the other node polls for it, so it
# never shows as waiting; its log shows it validating first and reading the finished version after the lock is free).
LOCK_SEEN=0
deadline=$((SECONDS + START_TIMEOUT))
up=()
while (( SECONDS < deadline )); do
  held=$(psql_db -d "$DB" -c "select count(*) from pg_locks where locktype = 'advisory' and granted and database =
                               (select oid from pg_database where datname = current_database())" 2>/dev/null || echo 0)
  (( held > 0 )) && LOCK_SEEN=1
  up=()
  for port in "${PORTS[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 5 -u "admin:$ADMIN_PASSWORD" "http://127.0.0.1:$port/engine-rest/engine" || true)
    [[ "$code" == 200 ]] && up+=("$port")
  done
  (( ${#up[@]} == 2 )) && break
  for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "A node exited during start-up:"; tail -n 40 "$WORK"/node-*.log; exit 1; }
  done
  sleep 0.5
done
if (( ${#up[@]} != 2 )); then
  echo "Timed out after ${START_TIMEOUT}s; nodes up: ${up[*]:-none}"; tail -n 40 "$WORK"/node-*.log; exit 1
fi
pass "both nodes up within ${START_TIMEOUT}s (after $SECONDS s)"

# Flyway: every migration applied exactly once, by one node; the other found the schema up to date.
versions=$(psql_db -d "$DB" -c 'select count(*) from "flyway_schema_history" where "success" and "version" is not null')
distinct=$(psql_db -d "$DB" -c 'select count(distinct "version") from "flyway_schema_history" where "success"')
check "flyway_schema_history: $versions migrations, each applied once" test "$versions" -ge 3 -a "$versions" = "$distinct"
applied=$(grep -l "Successfully applied" "$WORK"/node-*.log | wc -l)
uptodate=$(grep -lE "is up to date. No migration necessary" "$WORK"/node-*.log | wc -l)
check "one node migrated ($applied), the other found the schema up to date ($uptodate)" test "$applied" = 1 -a "$uptodate" = 1
for port in "${PORTS[@]}"; do
  echo "      node :$port Flyway:"
  grep -E "FlywayExecutor|DbMigrate|DbValidate" "$WORK/node-$port.log" \
    | sed -E 's/^([^ ]+) [^[]*\[[^]]*\] \[[^]]*\] [^ ]+ +: /        \1  /' || true
done
echo "      Flyway's advisory lock held during start-up: $([[ $LOCK_SEEN == 1 ]] && echo seen || echo 'not sampled')"
check "Camunda schema version row written once" \
  test "$(psql_db -d "$DB" -c "select count(*) from act_ge_schema_log")" = 1
check "start-up set-up ran once: one shared filter 本组织待办" \
  test "$(psql_db -d "$DB" -c "select count(*) from act_ru_filter where name_ = '本组织待办'")" = 1
check "one admin user" test "$(psql_db -d "$DB" -c "select count(*) from act_id_user where id_ = 'admin'")" = 1

status() { curl -s -o /dev/null -w '%{http_code}' -m 10 "$@" || true; }
for port in "${PORTS[@]}"; do
  check "node :$port answers an authenticated /api request (200)" \
    test "$(status -u "admin:$ADMIN_PASSWORD" "http://127.0.0.1:$port/api/organizations")" = 200
  check "node :$port answers an authenticated /engine-rest request (200)" \
    test "$(status -u "admin:$ADMIN_PASSWORD" "http://127.0.0.1:$port/engine-rest/task")" = 200
  check "node :$port refuses the anonymous (401)" test "$(status "http://127.0.0.1:$port/api/organizations")" = 401
done

# A task made through node1 is there on node2, and completing it on node2 ends it for node1.
TASK=cluster-smoke-$RANDOM$RANDOM
check "node1 creates task $TASK" test "$(status -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"id\":\"$TASK\",\"name\":\"集群冒烟测试\"}" "http://127.0.0.1:8081/engine-rest/task/create")" = 204
body=$(curl -s -m 10 -u "admin:$ADMIN_PASSWORD" "http://127.0.0.1:8082/engine-rest/task/$TASK" || true)
check "node2 sees the task created on node1" grep -q "集群冒烟测试" <<<"$body"
check "node2 completes it" test "$(status -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -d '{}' \
  "http://127.0.0.1:8082/engine-rest/task/$TASK/complete")" = 204
check "node1 no longer has it (404)" \
  test "$(status -u "admin:$ADMIN_PASSWORD" "http://127.0.0.1:8081/engine-rest/task/$TASK")" = 404
check "no ERROR in either node's log" bash -c "! grep -q ' ERROR ' '$WORK'/node-*.log"

stop_nodes
echo "Nodes stopped."
if (( FAILED )); then echo "CLUSTER SMOKE FAILED (logs in $WORK)"; exit 1; fi
echo "CLUSTER SMOKE PASSED"
rm -rf "$WORK"
