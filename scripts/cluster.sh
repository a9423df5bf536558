#!/usr/bin/env bash
# QuizMarker scaled out on this one machine (README, Scale-out): an ActiveMQ Artemis live/backup
# pair with replication, PostgreSQL's database, Redis, N WildFly nodes and HAProxy in front.
#
#   ./quizmarker cluster up [N]   start every part (N nodes, default 2); returns once all answer
#   ./quizmarker cluster down     stop every part (data stays in QM_CLUSTER_HOME)
#   ./quizmarker cluster status   each part: running, answering, its port
#   ./quizmarker cluster test     the cluster checks (cluster/cluster_test.py) on a running cluster
#
# Each part is what it would be on its own host; only the addresses differ. Ports (defaults):
#   load balancer :8080 (QM_CLUSTER_PORT), node i HTTP 8080+QM_CLUSTER_OFFSET+10*i (8290, 8300, ..),
#   brokers 61616 (live) and 61617 (backup), Redis 6390, PostgreSQL 5432 (database quizmarker_cluster).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ARTEMIS_VERSION=2.40.0
WILDFLY_VERSION=38.0.1.Final
JBOSS_HOME="$ROOT/ear/target/wildfly-$WILDFLY_VERSION"
CLUSTER_HOME="${QM_CLUSTER_HOME:-$ROOT/.quizmarker/cluster}"
LB_PORT="${QM_CLUSTER_PORT:-8080}"
OFFSET_BASE="${QM_CLUSTER_OFFSET:-200}"
BROKER_PORT="${QM_CLUSTER_BROKER_PORT:-61616}"
REDIS_PORT="${QM_CLUSTER_REDIS_PORT:-6390}"
DB_NAME="${QM_CLUSTER_DB:-quizmarker_cluster}"
NODE_WORKERS="${QM_WORKERS:-1}"
NODE_HEAP="${QM_JAVA_HEAP:-768m}"
ARTEMIS_HOME="$CLUSTER_HOME/apache-artemis-$ARTEMIS_VERSION"
STATE="$CLUSTER_HOME/cluster.env"

say() { printf '%s\n' "$*"; }
die() { printf 'quizmarker cluster: %s\n' "$*" >&2; exit 1; }

node_offset() { echo $((OFFSET_BASE + 10 * $1)); }
node_port() { echo $((8080 + $(node_offset "$1"))); }
node_home() { echo "$CLUSTER_HOME/node-$1"; }
broker_url() { echo "(tcp://127.0.0.1:$BROKER_PORT,tcp://127.0.0.1:$((BROKER_PORT + 1)))?ha=true"; }
nodes_up() { [ -f "$STATE" ] && sed -n 's/^NODES=//p' "$STATE" || echo 0; }

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# A secret per cluster home, made once: the broker's user and the pair's cluster password.
secret() {
  local f="$CLUSTER_HOME/$1.secret"
  [ -f "$f" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$f")
  cat "$f"
}

# ---------------------------------------------------------------------------------------------
# Broker pair: the distribution from Maven Central, instances made by `artemis create`, their
# broker.xml from cluster/broker/.
# ---------------------------------------------------------------------------------------------
ensure_artemis() {
  [ -x "$ARTEMIS_HOME/bin/artemis" ] && return 0
  say "Fetching ActiveMQ Artemis $ARTEMIS_VERSION (Maven Central)"
  mkdir -p "$CLUSTER_HOME"
  mvn -B -q dependency:copy -Dartifact="org.apache.activemq:apache-artemis:$ARTEMIS_VERSION:zip:bin" \
    -DoutputDirectory="$CLUSTER_HOME" >/dev/null
  (cd "$CLUSTER_HOME" && unzip -q -o "apache-artemis-$ARTEMIS_VERSION-bin.zip" && rm -f "apache-artemis-$ARTEMIS_VERSION-bin.zip")
}

broker_instance() { # role port peer-port
  local dir="$CLUSTER_HOME/broker-$1"
  if [ ! -f "$dir/etc/artemis.profile" ]; then
    "$ARTEMIS_HOME/bin/artemis" create --silent --force --user quizmarker --password "$(secret broker)" \
      --require-login --no-web --nio --no-autotune --java-memory 256M \
      --java-options "-Dqm.broker.name=$1 -Dqm.broker.host=127.0.0.1 -Dqm.broker.port=$2 -Dqm.broker.peer=tcp://127.0.0.1:$3 -Dqm.broker.cluster-password=$(secret cluster)" \
      "$dir" >/dev/null
    sed -i 's/-Xms512M/-Xms64M/' "$dir/etc/artemis.profile" # artemis create keeps -Xms above -Xmx
  fi
  cp "$ROOT/cluster/broker/$1.xml" "$dir/etc/broker.xml"
}

start_broker() { # role port
  local dir="$CLUSTER_HOME/broker-$1"
  if pid_alive "$dir/broker.pid"; then return 0; fi
  nohup "$dir/bin/artemis" run >"$dir/log/console.log" 2>&1 &
  echo $! >"$dir/broker.pid"
}

# The java process of a broker (artemis run execs java, so the pid is the JVM's).
broker_pid() { [ -f "$CLUSTER_HOME/broker-$1/broker.pid" ] && cat "$CLUSTER_HOME/broker-$1/broker.pid"; }

wait_for_port() { # port seconds what
  for _ in $(seq 1 "$2"); do port_answers "$1" && return 0; sleep 1; done
  die "$3 did not come up on port $1"
}

# ---------------------------------------------------------------------------------------------
# Redis and PostgreSQL
# ---------------------------------------------------------------------------------------------
start_redis() {
  mkdir -p "$CLUSTER_HOME/redis"
  port_answers "$REDIS_PORT" && return 0
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$CLUSTER_HOME/redis" --logfile "$CLUSTER_HOME/redis/redis.log" --pidfile "$CLUSTER_HOME/redis/redis.pid"
  wait_for_port "$REDIS_PORT" 10 Redis
}

prepare_database() {
  command -v psql >/dev/null || die "The cluster needs PostgreSQL (psql) on 127.0.0.1:5432"
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB_NAME" \
    || die "Could not create the database $DB_NAME on 127.0.0.1:5432"
}

# ---------------------------------------------------------------------------------------------
# Nodes: ./quizmarker start with the node's own home, port offset and the shared services.
# ---------------------------------------------------------------------------------------------
node_env() { # i
  echo QM_HOME="$(node_home "$1")" QM_PORT_OFFSET="$(node_offset "$1")" QM_NODE_NAME="node-$1" \
    QM_DB=postgresql QM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" \
    QM_REDIS_URL="redis://127.0.0.1:$REDIS_PORT" QM_BROKER_URL="$(broker_url)" \
    QM_BROKER_PASSWORD="$(secret broker)" QM_WORKERS="$NODE_WORKERS" QM_JAVA_HEAP="$NODE_HEAP" \
    QM_ADMIN_PASSWORD="$(secret admin)"
}

start_node() { # i
  say "Starting node-$1 on port $(node_port "$1")"
  # shellcheck disable=SC2046
  env $(node_env "$1") "$ROOT/quizmarker" start >/dev/null || node_failed "$1"
}

# A node that did not start: name the cause the admin can act on, when the log shows it.
node_failed() { # i
  local log
  log="$(node_home "$1")/server/log/server.log"
  # A database left by another build (its migrations differ from this one's) fails Flyway's check.
  if grep -qE 'FlywayValidateException|Validate failed: Migrations? ' "$log" 2>/dev/null; then
    die "node-$1 did not start: the database $DB_NAME holds a schema from another build of QuizMarker" \
      "(Flyway's validation failed, see $log). If its data is not needed, drop it and run up again:" \
      "psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE $DB_NAME'"
  fi
  die "node-$1 did not start; see $log"
}

stop_node() { # i
  local pid
  # shellcheck disable=SC2046
  env $(node_env "$1") "$ROOT/quizmarker" stop >/dev/null || true
  # A JVM whose start script is gone (a node restarted by the checks) is not in its pid file.
  pid=$(node_pid "$1" || true)
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
}

node_pid() { # i: the node's JVM (not standalone.sh, whose arguments name the same folder)
  local pid
  for pid in $(pgrep -f "jboss.server.base.dir=$(node_home "$1")/server( |\$)"); do
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] && { echo "$pid"; return 0; }
  done
  return 1
}

# ---------------------------------------------------------------------------------------------
# Load balancer: HAProxy from Debian, its configuration made from cluster/haproxy.cfg.
# ---------------------------------------------------------------------------------------------
ensure_haproxy() {
  command -v haproxy >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing haproxy"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null; }
  else
    die "HAProxy is required: sudo apt-get install -y haproxy"
  fi
}

write_haproxy_config() { # n
  local cfg="$CLUSTER_HOME/haproxy.cfg" i
  sed "s/@LB_PORT@/$LB_PORT/" "$ROOT/cluster/haproxy.cfg" >"$cfg"
  for i in $(seq 1 "$1"); do
    echo "    server node-$i 127.0.0.1:$(node_port "$i") check" >>"$cfg"
  done
}

start_haproxy() { # n
  write_haproxy_config "$1"
  haproxy -c -q -f "$CLUSTER_HOME/haproxy.cfg" || die "Bad HAProxy configuration $CLUSTER_HOME/haproxy.cfg"
  if pid_alive "$CLUSTER_HOME/haproxy.pid"; then
    # A new process takes over the port; the old one finishes its connections (-sf).
    haproxy -D -f "$CLUSTER_HOME/haproxy.cfg" -p "$CLUSTER_HOME/haproxy.pid" -sf "$(cat "$CLUSTER_HOME/haproxy.pid")"
  else
    port_answers "$LB_PORT" && die "Port $LB_PORT is taken (a single-node server? ./quizmarker stop)"
    haproxy -D -f "$CLUSTER_HOME/haproxy.cfg" -p "$CLUSTER_HOME/haproxy.pid"
  fi
}

lb_healthy() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/api/v1/health" || true)" = 200 ]
}

# ---------------------------------------------------------------------------------------------
cmd_up() {
  local n="${1:-2}" i
  [[ "$n" =~ ^[1-9][0-9]?$ ]] || die "N must be a number of nodes from 1 to 99, not '$n'"
  [ -f "$ROOT/ear/target/quizmarker.ear" ] && [ -d "$JBOSS_HOME" ] \
    || { say "Building QuizMarker first"; mvn -B -q -DskipTests -Dspotless.check.skip=true install; }
  command -v redis-server >/dev/null || die "redis-server is required (apt-get install redis-server)"
  ensure_haproxy
  mkdir -p "$CLUSTER_HOME"
  ensure_artemis
  broker_instance live "$BROKER_PORT" $((BROKER_PORT + 1))
  broker_instance backup $((BROKER_PORT + 1)) "$BROKER_PORT"
  say "Starting the broker pair (live :$BROKER_PORT, backup :$((BROKER_PORT + 1)))"
  start_broker live
  wait_for_port "$BROKER_PORT" 60 "The live broker"
  start_broker backup
  start_redis
  prepare_database
  printf 'NODES=%s\n' "$n" >"$STATE"
  for i in $(seq 1 "$n"); do start_node "$i"; done
  # Nodes beyond N from an earlier, larger cluster stop.
  for i in $(seq $((n + 1)) 99); do [ -d "$(node_home "$i")" ] || break; stop_node "$i"; done
  start_haproxy "$n"
  for _ in $(seq 1 30); do lb_healthy && break; sleep 1; done
  lb_healthy || die "The load balancer does not answer healthy on :$LB_PORT"
  say "QuizMarker cluster is up: http://127.0.0.1:$LB_PORT/ ($n node(s)); ./quizmarker cluster status"
}

cmd_down() {
  local i
  if pid_alive "$CLUSTER_HOME/haproxy.pid"; then kill "$(cat "$CLUSTER_HOME/haproxy.pid")"; fi
  for i in $(seq 1 99); do [ -d "$(node_home "$i")" ] || break; say "Stopping node-$i"; stop_node "$i"; done
  for role in backup live; do
    if pid_alive "$CLUSTER_HOME/broker-$role/broker.pid"; then
      say "Stopping the $role broker"
      kill "$(broker_pid "$role")"
      for _ in $(seq 1 30); do pid_alive "$CLUSTER_HOME/broker-$role/broker.pid" || break; sleep 1; done
    fi
  done
  if pid_alive "$CLUSTER_HOME/redis/redis.pid"; then redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; fi
  rm -f "$STATE"
  say "Cluster stopped (data kept in $CLUSTER_HOME)"
}

cmd_status() {
  local n i rc=0 code
  n=$(nodes_up)
  show() { printf '%-16s %s\n' "$1" "$2"; }
  if pid_alive "$CLUSTER_HOME/haproxy.pid" && lb_healthy; then show "load balancer" "up, healthy on :$LB_PORT"
  else show "load balancer" "DOWN or unhealthy (:$LB_PORT)"; rc=3; fi
  for role in live backup; do
    local port=$BROKER_PORT; [ "$role" = backup ] && port=$((BROKER_PORT + 1))
    if pid_alive "$CLUSTER_HOME/broker-$role/broker.pid"; then
      if port_answers "$port"; then show "broker $role" "running, active on :$port"
      else show "broker $role" "running, passive (replicating, takes over if the other fails)"; fi
    else show "broker $role" "not running"; rc=3; fi
  done
  if port_answers "$REDIS_PORT"; then show redis "up on :$REDIS_PORT"; else show redis "DOWN (:$REDIS_PORT)"; rc=3; fi
  if psql -h 127.0.0.1 -U postgres -d "$DB_NAME" -tAc 'SELECT 1' >/dev/null 2>&1; then show postgresql "up, database $DB_NAME"
  else show postgresql "DOWN or no database $DB_NAME"; rc=3; fi
  for i in $(seq 1 "$n"); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(node_port "$i")/api/v1/health" || true)
    if [ "$code" = 200 ]; then show "node-$i" "up, ready on :$(node_port "$i") (pid $(node_pid "$i"))"
    else show "node-$i" "NOT ready on :$(node_port "$i") (health: ${code:-none})"; rc=3; fi
  done
  return $rc
}

cmd_test() {
  local n i ports=""
  n=$(nodes_up)
  [ "$n" -ge 2 ] || die "The checks need a running cluster of at least 2 nodes: ./quizmarker cluster up"
  cmd_status >/dev/null || die "Not every part is up (./quizmarker cluster status)"
  for i in $(seq 1 "$n"); do ports="$ports $(node_port "$i")"; done
  QM_ROOT="$ROOT" QM_CLUSTER_HOME="$CLUSTER_HOME" QM_CLUSTER_PORT="$LB_PORT" QM_CLUSTER_NODE_PORTS="$ports" \
    QM_CLUSTER_DB="$DB_NAME" QM_CLUSTER_BROKER_PORT="$BROKER_PORT" QM_ADMIN_PASSWORD="$(secret admin)" \
    python3 "$ROOT/cluster/cluster_test.py"
}

# Used by the checks: a killed node or broker started again (a live broker that finds the backup
# active copies its journal from it, then takes its role back).
cmd_restart_node() { stop_node "$1"; start_node "$1"; }
cmd_restart_broker() { start_broker "$1"; }

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) shift; cmd_down "$@" ;;
  status) shift; cmd_status "$@" ;;
  test) shift; cmd_test "$@" ;;
  restart-node) shift; cmd_restart_node "$1" ;;
  restart-broker) shift; cmd_restart_broker "$1" ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
