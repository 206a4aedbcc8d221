# Shared shell helpers for scripts/intake and scripts/test (sourced, not run).

# System packages the pipeline needs at run time (Debian 12 names).
RUNTIME_PACKAGES=(tesseract-ocr tesseract-ocr-fra libtesseract5 liblept5 postgresql poppler-utils fonts-dejavu-core fonts-dejavu-extra fonts-liberation2)

log() { printf '\033[1;34m[intake]\033[0m %s\n' "$*" >&2; }

# ensure_packages PKG…: installs the missing ones (apt-get update first); needs root.
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing system packages: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "intake: missing packages (${missing[*]}); run as root or install them: apt-get install ${missing[*]}" >&2
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# free_port START: the first TCP port from START on which nothing listens on 127.0.0.1.
free_port() {
  local p=${1:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

# pg_start DIR AUTH: a private cluster in DIR (data in DIR/data, socket and log in DIR/run), owned by the
# postgres user, listening on 127.0.0.1 only, on a free port kept in DIR/port. AUTH is "trust" (tests) or
# "scram" (the app: a random password kept in DIR/password, mode 600). Prints nothing; sets PG_PORT.
pg_start() {
  local dir=$1 auth=$2 bin
  bin=$(pg_bindir)
  [ -n "$bin" ] || { echo "intake: PostgreSQL server binaries not found" >&2; return 1; }
  mkdir -p "$dir/run"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir/data"
    chown -R postgres: "$dir/data" "$dir/run"
    chmod 700 "$dir/data"
    if [ "$auth" = scram ]; then
      [ -f "$dir/password" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$dir/password")
      install -o postgres -m 600 "$dir/password" "$dir/run/pwfile"
      su postgres -s /bin/sh -c "$bin/initdb -D '$dir/data' -U postgres --auth=scram-sha-256 --pwfile='$dir/run/pwfile' -E UTF8 --locale=C.UTF-8" >/dev/null
      rm -f "$dir/run/pwfile"
    else
      su postgres -s /bin/sh -c "$bin/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
  fi
  chown postgres: "$dir/run"
  if su postgres -s /bin/sh -c "$bin/pg_ctl -D '$dir/data' status" >/dev/null 2>&1; then
    PG_PORT=$(cat "$dir/port")
    return 0
  fi
  PG_PORT=$(free_port "${PG_PORT_HINT:-55432}")
  echo "$PG_PORT" > "$dir/port"
  # The server outlives this script: it must not inherit open descriptors beyond stdio. A caller running under
  # `flock /tmp/intake-measure.lock …` holds the lock on such a descriptor (fd 3 and up), and a daemon keeping it
  # would hold the shared measurement lock for as long as the cluster runs.
  su postgres -s /bin/sh -c "$bin/pg_ctl -D '$dir/data' -l '$dir/run/postgres.log' -w -t 60 \
    -o \"-p $PG_PORT -k '$dir/run' -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${PG_FSYNC:-on}\" start" >/dev/null \
    3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
}

pg_stop() {
  local dir=$1 bin
  bin=$(pg_bindir)
  [ -f "$dir/data/PG_VERSION" ] && su postgres -s /bin/sh -c "$bin/pg_ctl -D '$dir/data' -m fast stop" >/dev/null 2>&1 || true
}
