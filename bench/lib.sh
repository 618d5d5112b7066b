# Shared by bench/run, bench/soak and bench/cluster (sourced, not executed). Before
# sourcing, a script may set WORK_NAME (its working folder under bench/target/, default run).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/bench
WORK=$BENCH/target/${WORK_NAME:-run}
mkdir -p "$WORK" "$BENCH/results"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${CC_BENCH_DB:-cc_bench}
# The portal's shipped JVM options (bin/compte-citoyen, CC_JAVA_OPTS to change them); the
# bare page runs with the same.
JVM_OPTS=$("$ROOT/bin/compte-citoyen" --print-java-opts)
# The shipped launcher keeps the unpacked jar and its class archive here (one per jar).
export CC_JVM_CACHE=$WORK/jvm-cache
PASSWORD=banc-d-essai-2026
# The seeded agents' authenticator secret (Base32) and the visitor request's tracking token
# (43 characters, as the portal makes them): bench/sql/seed-bench.sql.
TOTP_SECRET=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
TRACKING_TOKEN=banc-d-essai-suivi-0123456789abcdefghijklmn
AGENTS=32
PIDS=()

log() { printf '\n=== %s (%s) ===\n' "$*" "$(date +%T)" >&2; }
die() { echo "bench: $*" >&2; exit 1; }
# verdict VALUE OP TARGET: met or missed (VALUE and TARGET numbers).
verdict() { if (($(echo "$1 $2 $3" | bc -l))); then echo met; else echo missed; fi; }
ratio() { if (($(echo "$2 > 0" | bc -l))); then echo "$1 / $2" | bc -l | xargs printf '%.2f'; else echo 0; fi; }

cleanup() {
	for pid in "${PIDS[@]:-}"; do
		[ -n "$pid" ] && stop_pid "$pid"
	done
	return 0
}
trap cleanup EXIT

portal_jar() {
	local jar
	jar=$(ls "$ROOT"/target/compte-citoyen-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
	if [ -z "$jar" ]; then
		(cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests -Djacoco.skip=true) >&2
		jar=$(ls "$ROOT"/target/compte-citoyen-*.jar | grep -v -- '-plain' | head -1)
	fi
	echo "$jar"
}

bench_jar() {
	if [ ! -f "$BENCH/target/compte-citoyen-bench-0.1.0-SNAPSHOT.jar" ] || [ "${CC_BENCH_REBUILD:-0}" = 1 ]; then
		(cd "$BENCH" && "$ROOT"/mvnw -B -ntp -q package -DskipTests) >&2
	fi
	echo "$BENCH/target/compte-citoyen-bench-0.1.0-SNAPSHOT.jar"
}

# wait_http URL SECONDS [PID]: polls until the URL answers 200 (gives up if PID exits);
# prints the seconds waited.
wait_http() {
	local url=$1 limit=$2 pid=${3:-} start now
	start=$(date +%s.%N)
	while :; do
		if curl -fs -o /dev/null "$url"; then
			now=$(date +%s.%N)
			echo "$now - $start" | bc -l | xargs printf '%.1f\n'
			return 0
		fi
		now=$(date +%s.%N)
		if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
			return 1
		fi
		if (($(echo "$now - $start > $limit" | bc -l))); then
			return 1
		fi
		sleep 0.1
	done
}

# start_portal NAME PORT DB_URL [extra args…]: starts the portal as shipped (the jar by
# bin/compte-citoyen: the shipped JVM options and class archive; the first start of a jar
# runs without one and writes it as it stops); sets STARTED_PID and STARTUP (seconds until
# /actuator/health answers).
start_portal() {
	local name=$1 port=$2 url=$3
	shift 3
	CC_JAR=$(portal_jar) "$ROOT/bin/compte-citoyen" --server.port="$port" --server.address=127.0.0.1 \
		--spring.datasource.url="$url" --spring.datasource.username="${CC_BENCH_DB_USER:-postgres}" \
		--spring.datasource.password= --spring.profiles.active=bench \
		--cc.data-dir="$WORK/data-$name" --cc.captcha.hmac-key=banc-d-essai-cle-partagee-2026 \
		--spring.mail.host=127.0.0.1 --spring.mail.port="${CC_BENCH_SMTP_PORT:-3939}" \
		--cc.city.public-url="http://127.0.0.1:$port" --management.health.mail.enabled=false "$@" >"$WORK/$name.log" 2>&1 &
	STARTED_PID=$!
	PIDS+=("$STARTED_PID")
	STARTUP=$(wait_http "http://127.0.0.1:$port/actuator/health" "${CC_BENCH_START_TIMEOUT:-600}" "$STARTED_PID") ||
		{ tail -40 "$WORK/$name.log" >&2; die "$name did not start"; }
}

# stop_pid PID: asks the process to stop, and kills it if it is still there after 60 s
# (a JVM still starting may ignore SIGTERM until its context is up; the first start of a
# jar writes its class archive as it stops, about 20 s).
stop_pid() {
	kill "$1" 2>/dev/null || true
	for _ in $(seq 1 600); do
		kill -0 "$1" 2>/dev/null || break
		sleep 0.1
	done
	kill -9 "$1" 2>/dev/null || true
	wait "$1" 2>/dev/null || true
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2/1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

# gatling_classpath: packages the bench module (the bare page's jar), compiles the
# scenarios and resolves Gatling with Maven: one Maven start per run.
gatling_classpath() {
	(cd "$BENCH" && "$ROOT"/mvnw -B -ntp -q package -DskipTests dependency:build-classpath \
		-Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test) >&2
}

# gatling SCENARIO BASE_URL [-Dname=value…]: runs one scenario of PortalSimulation (on the
# classpath Maven resolved, without a Maven start-up per scenario; GATLING_JAVA_OPTS adds
# JVM options); prints the report's index.html.
gatling() {
	local scenario=$1 base=$2
	shift 2
	[ -f "$WORK/classpath.txt" ] || gatling_classpath
	# A folder per run, so that runs at the same time (bench/run and bench/soak) never read
	# each other's report.
	local folder report
	mkdir -p "$BENCH/target/gatling"
	folder=$(mktemp -d "$BENCH/target/gatling/$scenario-XXXXXX")
	# shellcheck disable=SC2086
	java -Xmx512m -XX:+UseParallelGC ${GATLING_JAVA_OPTS:-} --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED -Dscenario="$scenario" -DbaseUrl="$base" -Dpassword="$PASSWORD" -Dtotp="$TOTP_SECRET" -Dtoken="$TRACKING_TOKEN" "$@" \
		-cp "$BENCH/target/test-classes:$BENCH/target/classes:$(cat "$WORK/classpath.txt")" io.gatling.app.Gatling \
		--simulation bench.PortalSimulation --results-folder "$folder" \
		>"$WORK/gatling-$scenario.log" 2>&1 || true
	report=$(ls -d "$folder"/*/ 2>/dev/null | head -1 || true)
	if [ -z "$report" ] || [ ! -f "$report/index.html" ]; then
		tail -30 "$WORK/gatling-$scenario.log" >&2
		die "Gatling produced no report for $scenario"
	fi
	echo "${report%/}/index.html"
}

# statements PORT [PATH]: "<requests> <statements>" counted by the bench profile, all
# requests or only those to PATH (query string aside).
statements() { curl -fsG "http://127.0.0.1:$1/bench/statements" ${2:+--data-urlencode "path=$2"} || echo "0 0"; }

# fresh_database: $DB dropped and created again (empty: the portal's first start migrates
# it); sets PGURL.
fresh_database() {
	dropdb --if-exists "$DB"
	createdb "$DB"
	PGURL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
}

# seed ACCOUNTS REQUESTS MINE: the migrated $DB filled with COPY (bench/sql/seed-*.sql):
# ACCOUNTS citizens (citoyen.N, password $PASSWORD), REQUESTS requests spread over them,
# MINE more for the benchmark citizen, $AGENTS agents and the visitor's request; then
# ANALYZE. Needs BENCH_JAR (the password's hash); sets SEED_SECONDS.
seed() {
	local accounts=$1 requests=$2 mine=$3 hash seeded start
	hash=$(java -Dloader.main=bench.HashCeiling -cp "$BENCH_JAR" org.springframework.boot.loader.launch.PropertiesLauncher hash "$PASSWORD")
	start=$(date +%s)
	psql -q -d "$DB" -v ON_ERROR_STOP=1 -v accounts="$accounts" -v hash="$hash" -f "$BENCH/sql/seed-accounts.sql" |
		psql -q -d "$DB" -c "COPY citizen_account (id, username, email, password_hash, status, civility, last_name, first_name,
			birth_date, phone, address_line, postcode, city, contact_preference, created_at, updated_at, version,
			correction_requested) FROM STDIN WITH (FORMAT csv)"
	psql -q -d "$DB" -v ON_ERROR_STOP=1 -v accounts="$accounts" -v requests="$requests" -v mine="$mine" -f "$BENCH/sql/seed-requests.sql" |
		psql -q -d "$DB" -c "COPY citizen_request (id, public_id, reference, account_id, visitor_email, procedure_code,
			procedure_revision, title, category, department, status, answers, current_step, member_public_id, member_name,
			submission_key, decision, motive, created_at, updated_at, submitted_at, decided_at, version,
			citizen_name, citizen_key, citizen_email) FROM STDIN WITH (FORMAT csv)"
	psql -q -d "$DB" -v ON_ERROR_STOP=1 -v agents="$AGENTS" -v hash="$hash" -v totp="$TOTP_SECRET" -v token="$TRACKING_TOKEN" \
		-f "$BENCH/sql/seed-bench.sql"
	seeded=$(psql -qAt -d "$DB" -c 'SELECT count(*) FROM citizen_request WHERE account_id IS NOT NULL')
	[ "$seeded" = $((requests + mine)) ] || die "seeding wrote $seeded requests instead of $((requests + mine))"
	# What autovacuum does on a live database once rows are inserted (PostgreSQL 13 and
	# later): statistics, and the visibility map that lets counts read the indexes alone.
	psql -q -d "$DB" -c 'VACUUM ANALYZE'
	SEED_SECONDS=$(($(date +%s) - start))
	echo "seeded in ${SEED_SECONDS} s" >&2
}

# staff_codes: the seeded agents' last accepted code forgotten, so that each Gatling run
# signs them in again within the same 30-second step (the portal refuses a code twice).
staff_codes() {
	psql -q -d "$DB" -c "UPDATE second_factor_credential SET last_step = NULL
		WHERE owner_id IN (SELECT id FROM staff_member WHERE username LIKE 'bench.agent.%')"
}

# machine: the lines of a result file that say where it ran (cores, RAM, load, Java,
# PostgreSQL of $DB).
machine() {
	echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
	echo "$(free -m | awk '/Mem:/ {print $2}') MB RAM, load average at the end $(cut -d' ' -f1-3 /proc/loadavg);"
	echo "$(java -version 2>&1 | head -1); $(psql -qAtc 'show server_version' -d "$DB" | sed 's/^/PostgreSQL /')."
}
