#!/usr/bin/env bash
# Embedded default database for local development and tests: a private
# PostgreSQL + PostGIS cluster owned by this checkout, independent of any
# system cluster (Debian's on 5432 is deliberately never touched).
#
#   db/postgis.sh start [DBNAME...]   install if needed, init, start, ensure DBs (default: tansiq)
#   db/postgis.sh stop                fast shutdown; no-op when not running
#   db/postgis.sh status              exit 0 when running, 3 when not
#   db/postgis.sh url [DBNAME]        print the JDBC URL
#   db/postgis.sh drop DBNAME         drop a database (tests use it to start fresh)
#
# Environment overrides:
#   TANSIQ_PG_DATA      data dir       (default <project>/.local/postgis/data)
#   TANSIQ_PG_PORT      TCP port       (default 55432, 127.0.0.1 only)
#   TANSIQ_PG_USER      app role       (default tansiq)
#   TANSIQ_PG_PASSWORD  app password   (default tansiq)
set -euo pipefail

PROG=postgis.sh
DEFAULT_DB=tansiq

SCRIPT_DIR=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")" && pwd -P)
PROJECT_ROOT=$(dirname -- "$SCRIPT_DIR")

PORT=${TANSIQ_PG_PORT:-55432}
APP_USER=${TANSIQ_PG_USER:-tansiq}
APP_PASSWORD=${TANSIQ_PG_PASSWORD:-tansiq}

# Caller's libpq settings would silently redirect our own psql/pg_ctl calls
# to some other server; everything below passes host/port/user explicitly.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGSERVICEFILE PGOPTIONS PGDATA PGPASSFILE
# A restrictive caller umask (077) would make the dirs we create
# untraversable for the 'postgres' user when running as root.
umask 022

msg() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { msg "error: $*"; exit 1; }

usage() {
    cat >&2 <<EOF
usage: db/postgis.sh start [DBNAME...]   (default DBNAME: $DEFAULT_DB)
       db/postgis.sh stop
       db/postgis.sh status
       db/postgis.sh url [DBNAME]
       db/postgis.sh drop DBNAME
EOF
    exit 2
}

# Names are interpolated into SQL and psql meta-commands; restricting them
# keeps that safe without a quoting layer per context.
valid_name() { [[ $1 =~ ^[a-z_][a-z0-9_-]{0,62}$ ]]; }

if ! [[ $PORT =~ ^[1-9][0-9]{0,4}$ ]] || (( PORT > 65535 )); then
    die "TANSIQ_PG_PORT must be a TCP port number, got '$PORT'"
fi
valid_name "$APP_USER" || die "TANSIQ_PG_USER '$APP_USER' must match [a-z_][a-z0-9_-]*"
[[ $APP_USER != postgres ]] || die "TANSIQ_PG_USER must not be the superuser 'postgres'"

IS_ROOT=0
[[ $(id -u) -eq 0 ]] && IS_ROOT=1
SELF=$(id -un)

path_hash() { printf '%s' "$1" | sha256sum | cut -c1-12; }
PROJECT_HASH=$(path_hash "$PROJECT_ROOT")

# Nearest ancestor that already exists: traversal can only be tested on
# real directories, and we create the rest ourselves with mode 755.
existing_ancestor() {
    local d=$1
    while [[ ! -e $d ]]; do d=$(dirname -- "$d"); done
    printf '%s\n' "$d"
}

can_traverse() { # user dir
    if [[ $1 == "$SELF" ]]; then test -x "$2"; else (cd / && runuser -u "$1" -- test -x "$2") 2>/dev/null; fi
}

# --- path resolution (deterministic, so start/stop/status agree) -----------
FALLBACK_NOTE=
if [[ -n ${TANSIQ_PG_DATA:-} ]]; then
    [[ $TANSIQ_PG_DATA == /* ]] || TANSIQ_PG_DATA=$PWD/$TANSIQ_PG_DATA
    DATA=$TANSIQ_PG_DATA
else
    DATA=$PROJECT_ROOT/.local/postgis/data
    # PostgreSQL refuses to run as root, so as root the server runs as
    # 'postgres', which cannot enter e.g. a checkout under /root (mode 700).
    if (( IS_ROOT )) && [[ ! -f $DATA/PG_VERSION ]] \
        && ! can_traverse postgres "$(existing_ancestor "$(dirname -- "$DATA")")"; then
        FALLBACK_NOTE="user 'postgres' cannot reach $PROJECT_ROOT; using /var/lib/tansiq/$PROJECT_HASH/data instead"
        DATA=/var/lib/tansiq/$PROJECT_HASH/data
    fi
fi
DATA=${DATA%/}
BASE=$(dirname -- "$DATA")
RUN=$BASE/run
LOG=$BASE/postgres.log
# sun_path is 108 bytes; deep checkouts would make the server fail to bind.
if (( ${#RUN} + 16 >= 107 )); then
    RUN=${TMPDIR:-/tmp}/tansiq-pg-$(path_hash "$DATA")
fi

# Server runs as whoever owns an existing cluster (so a root invocation
# still works on a cluster a normal user created), else postgres/self.
if [[ -d $DATA ]]; then
    OWNER=$(stat -c %U -- "$DATA")
elif (( IS_ROOT )); then
    OWNER=postgres
else
    OWNER=$SELF
fi

as_owner() {
    if [[ $OWNER == "$SELF" ]]; then
        "$@"
    else
        # cwd may be unreadable for the owner (e.g. /root), which makes
        # psql and initdb complain; / is always fine.
        (cd / && runuser -u "$OWNER" -- "$@")
    fi
}

check_owner_usable() {
    if [[ $OWNER != "$SELF" ]] && (( ! IS_ROOT )); then
        die "cluster in $DATA belongs to '$OWNER'; run this as '$OWNER' or root"
    fi
}

# --- binaries ----------------------------------------------------------------
MAJOR=
BIN=

# A cluster can only be run by its own major version, so an existing data
# dir pins the version; otherwise the newest installed server wins.
detect_major() {
    MAJOR=
    if [[ -r $DATA/PG_VERSION ]]; then
        MAJOR=$(<"$DATA/PG_VERSION")
    else
        local p
        for p in /usr/lib/postgresql/*/bin/postgres; do
            [[ -x $p ]] || continue
            p=${p#/usr/lib/postgresql/}
            p=${p%%/*}
            # Numeric compare: "9.6" < "15" must hold.
            if [[ -z $MAJOR ]] || [[ $(printf '%s\n%s\n' "$MAJOR" "$p" | sort -V | tail -n1) == "$p" ]]; then MAJOR=$p; fi
        done
    fi
    BIN=${MAJOR:+/usr/lib/postgresql/$MAJOR/bin}
}

have_server() { [[ -n $MAJOR && -x $BIN/postgres && -x $BIN/initdb && -x $BIN/pg_ctl ]]; }
have_postgis() { compgen -G "/usr/share/postgresql/$MAJOR/extension/postgis.control" >/dev/null; }

APT_UPDATED=0
apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    # Fresh containers ship with empty package lists; refresh only then.
    if (( ! APT_UPDATED )) && ! apt-cache show "$@" >/dev/null 2>&1; then
        msg "refreshing apt package lists"
        apt-get update >&2 && APT_UPDATED=1
    fi
    local install=(apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "$@")
    msg "installing: $*"
    if ! "${install[@]}" >&2; then
        (( APT_UPDATED )) && die "apt-get install $* failed"
        msg "install failed; refreshing package lists and retrying once"
        apt-get update >&2 && APT_UPDATED=1
        "${install[@]}" >&2 || die "apt-get install $* failed"
    fi
}

ensure_binaries() {
    detect_major
    if ! have_server; then
        if [[ -r $DATA/PG_VERSION ]]; then
            local want="postgresql-$MAJOR postgresql-$MAJOR-postgis-3"
        else
            local want="postgresql postgresql-<major>-postgis-3 (Debian 12: postgresql-15-postgis-3)"
        fi
        (( IS_ROOT )) || die "PostgreSQL server binaries not found; as root run: apt-get install $want"
        # Note: Debian's postgresql package also creates and starts a system
        # cluster on 5432. Harmless; we never use it.
        if [[ -r $DATA/PG_VERSION ]]; then apt_install "postgresql-$MAJOR"; else apt_install postgresql; fi
        detect_major
        have_server || die "PostgreSQL installed but no server found under /usr/lib/postgresql/*/bin"
    fi
    if ! have_postgis; then
        (( IS_ROOT )) || die "PostGIS for PostgreSQL $MAJOR not found; as root run: apt-get install postgresql-$MAJOR-postgis-3"
        apt_install "postgresql-$MAJOR-postgis-3"
        have_postgis || die "postgresql-$MAJOR-postgis-3 installed but postgis.control is missing"
    fi
}

# --- cluster state -----------------------------------------------------------
is_running() {
    [[ -n $BIN && -x $BIN/pg_ctl && -f $DATA/postmaster.pid ]] || return 1
    as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

running_pid()  { sed -n 1p "$DATA/postmaster.pid" 2>/dev/null || true; }
running_port() { sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true; }

# Concurrent starts (IDE + Maven + a terminal) must not race initdb/pg_ctl.
take_lock() {
    mkdir -p -- "$BASE"
    exec 9>>"$BASE/.lock"
    flock -w 120 9 || die "timed out waiting for lock $BASE/.lock"
}

psql_super() { # dbname [psql args...], SQL on stdin
    PGOPTIONS='-c client_min_messages=warning' as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$RUN" -p "$PORT" -U postgres -d "$1" "${@:2}"
}

write_owned() { # path, content on stdin
    cat >"$1"
    chmod 600 -- "$1"
    [[ $OWNER == "$SELF" ]] || chown -- "$OWNER:" "$1"
}

prepare_dirs() {
    mkdir -p -- "$BASE"
    if [[ $BASE == /var/lib/tansiq/* ]]; then
        chmod 755 /var/lib/tansiq
        printf '%s\n' "$PROJECT_ROOT" >"$BASE/project"   # tells humans which checkout this belongs to
    fi
    # A socket dir outside our tree (the /tmp fallback) that someone else
    # already owns would let them intercept connections.
    if [[ $RUN != "$BASE"/* && -e $RUN && $(stat -c %U -- "$RUN") != "$OWNER" ]]; then
        die "socket dir $RUN exists and is not owned by $OWNER"
    fi
    mkdir -p -- "$DATA" "$RUN"
    [[ -e $LOG ]] || : >"$LOG"
    chmod 700 -- "$DATA"
    chmod 755 -- "$RUN"
    if [[ $OWNER != "$SELF" ]]; then
        chown -- "$OWNER:" "$BASE" "$DATA" "$RUN" "$LOG" "$BASE/.lock"
    fi
}

init_cluster() {
    [[ -z $(ls -A -- "$DATA") ]] || die "$DATA exists, is not empty and is not a PostgreSQL data dir"
    msg "initializing PostgreSQL $MAJOR cluster in $DATA"
    # Pin encoding/locale so the cluster doesn't depend on the caller's
    # LANG (an unset LANG would otherwise yield SQL_ASCII).
    local loc=(--no-locale)
    locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' && loc=(--locale=C.UTF-8)
    local out
    if ! out=$(as_owner "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 "${loc[@]}" \
            --auth-local=peer --auth-host=scram-sha-256 --no-instructions 2>&1); then
        printf '%s\n' "$out" >&2
        die "initdb failed"
    fi
    # Keep our settings in a separate file so postgresql.conf stays stock
    # and our file can be regenerated freely.
    printf "\ninclude_if_exists = 'tansiq.conf'\n" >>"$DATA/postgresql.conf"
}

write_config() {
    write_owned "$DATA/tansiq.conf" <<EOF
# Generated by db/postgis.sh on every start; edits will be lost.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$RUN'
# Two app instances (16 each), the test suite and the layer benchmark's 32 clients at once.
max_connections = 200
shared_buffers = 256MB
password_encryption = scram-sha-256
EOF
    # Superuser only through the socket, mapped from the OS account that
    # runs the server (and root); the app role only via TCP with a password.
    write_owned "$DATA/pg_hba.conf" <<EOF
# Generated by db/postgis.sh on every start; edits will be lost.
local   all   postgres                  peer map=tansiq
host    all   all        127.0.0.1/32   scram-sha-256
EOF
    {
        echo "# Generated by db/postgis.sh on every start; edits will be lost."
        echo "tansiq  postgres  postgres"
        echo "tansiq  root      postgres"
        [[ $OWNER == postgres || $OWNER == root ]] || echo "tansiq  $OWNER  postgres"
    } | write_owned "$DATA/pg_ident.conf"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_server() {
    msg "starting PostgreSQL $MAJOR on 127.0.0.1:$PORT (log: $LOG)"
    # 9>&-: the postmaster would otherwise inherit our lock fd and hold the
    # lock for its whole lifetime, blocking every later start/stop.
    if ! as_owner "$BIN/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 120 >/dev/null 9>&-; then
        tail -n 20 -- "$LOG" >&2 || true
        die "PostgreSQL failed to start; see $LOG"
    fi
}

ensure_databases() {
    local pw_sql=${APP_PASSWORD//\'/\'\'} db
    # One psql session for everything keeps the warm path well under a second.
    {
        # Not a superuser: the app only needs to own its databases.
        # CREATEDB lets tests create throwaway databases themselves.
        echo "SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \\gexec"
        # Always reset the password so a changed TANSIQ_PG_PASSWORD takes effect.
        echo "ALTER ROLE \"$APP_USER\" WITH LOGIN PASSWORD '$pw_sql';"
        for db in "$@"; do
            echo "SELECT format('CREATE DATABASE %I OWNER %I', '$db', :'role') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \\gexec"
        done
        # postgis is not a trusted extension, so the superuser must create it;
        # Flyway's later CREATE EXTENSION IF NOT EXISTS is then a no-op.
        for db in "$@"; do
            echo "\\c \"$db\""
            echo "CREATE EXTENSION IF NOT EXISTS postgis;"
            # IF NOT EXISTS is silent; fail loudly rather than report a
            # database as ready when the extension is somehow absent.
            echo "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'postgis') THEN RAISE EXCEPTION 'postgis missing in %', current_database(); END IF; END \$\$;"
        done
    } | psql_super postgres -v role="$APP_USER" || die "provisioning role/databases failed"
}

jdbc_url() { printf 'jdbc:postgresql://127.0.0.1:%s/%s' "$PORT" "$1"; }

# --- commands ----------------------------------------------------------------
cmd_start() {
    local dbs=("$@") db
    (( ${#dbs[@]} )) || dbs=("$DEFAULT_DB")
    for db in "${dbs[@]}"; do
        valid_name "$db" || die "invalid database name '$db' (allowed: [a-z_][a-z0-9_-]*)"
        [[ $db != postgres && $db != template0 && $db != template1 ]] || die "refusing to use system database '$db'"
    done
    check_owner_usable
    [[ -n $FALLBACK_NOTE ]] && msg "$FALLBACK_NOTE"
    # Only the default location gets the automatic fallback; an explicit
    # TANSIQ_PG_DATA, or a data dir copied along with a checkout, must not
    # be silently swapped for another cluster.
    if [[ $OWNER != "$SELF" ]] && ! can_traverse "$OWNER" "$(existing_ancestor "$BASE")"; then
        die "user '$OWNER' cannot reach $BASE; use a directory it can traverse (TANSIQ_PG_DATA) or fix the permissions"
    fi

    ensure_binaries
    take_lock

    if is_running; then
        local rport
        rport=$(running_port)
        [[ $rport == "$PORT" ]] || die "cluster in $DATA is already running on port $rport, not $PORT; stop it first or set TANSIQ_PG_PORT=$rport"
    else
        # Checked before initdb so a busy port doesn't leave a half-made cluster behind.
        if port_in_use "$PORT"; then
            die "port $PORT on 127.0.0.1 is already taken by another process; set TANSIQ_PG_PORT to a free port"
        fi
        prepare_dirs
        [[ -f $DATA/PG_VERSION ]] || init_cluster
        write_config
        start_server
    fi

    ensure_databases "${dbs[@]}"
    for db in "${dbs[@]}"; do
        printf 'PostGIS ready: %s (user %s)\n' "$(jdbc_url "$db")" "$APP_USER"
    done
}

cmd_stop() {
    check_owner_usable
    detect_major
    if ! is_running; then
        msg "not running (data dir $DATA)"
        return 0
    fi
    take_lock
    msg "stopping PostgreSQL in $DATA"
    as_owner "$BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 120 >/dev/null
}

cmd_status() {
    check_owner_usable
    detect_major
    if is_running; then
        printf 'running  pid %s  port %s  data %s\n' "$(running_pid)" "$(running_port)" "$DATA"
        return 0
    fi
    if [[ -f $DATA/PG_VERSION ]]; then
        printf 'stopped  port %s  data %s\n' "$PORT" "$DATA"
    else
        printf 'stopped  port %s  data %s (not initialized)\n' "$PORT" "$DATA"
    fi
    return 3
}

cmd_url() {
    local db=${1:-$DEFAULT_DB}
    valid_name "$db" || die "invalid database name '$db'"
    jdbc_url "$db"
    echo
}

cmd_drop() {
    local db=$1
    valid_name "$db" || die "invalid database name '$db'"
    [[ $db != postgres && $db != template0 && $db != template1 ]] || die "refusing to drop system database '$db'"
    check_owner_usable
    detect_major
    is_running || die "not running; start it first (db/postgis.sh start)"
    take_lock
    # FORCE: tests often still hold pooled connections when they reset.
    echo "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE);" | psql_super postgres || die "dropping $db failed"
    msg "dropped database $db"
}

(( $# )) || usage
cmd=$1
shift
case $cmd in
    start)  cmd_start "$@" ;;
    stop)   (( $# == 0 )) || usage; cmd_stop ;;
    status) (( $# == 0 )) || usage; cmd_status ;;
    url)    (( $# <= 1 )) || usage; cmd_url "$@" ;;
    drop)   (( $# == 1 )) || usage; cmd_drop "$1" ;;
    -h|--help|help) usage ;;
    *) usage ;;
esac
