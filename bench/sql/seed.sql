-- Seeds the portal's schema (created by Flyway: start the portal once first) to a given size,
-- in bulk with COPY from generate_series (no HTTP, no per-row round trip).
-- Variables (psql -v): accounts, requests, mine (requests of the benchmark citizen), hash
-- (the Argon2id hash of the benchmark password, the same for every account).
\set ON_ERROR_STOP on
SET synchronous_commit = off;

-- Accounts: 97 % validated, 2 % pending, 1 % suspended; created over the last three years.
CREATE TEMP TABLE seed_account AS
SELECT n,
	md5('account' || n)::uuid AS id,
	CASE WHEN n = 0 THEN 'bench.citoyen' ELSE 'citoyen.' || n END AS username,
	CASE WHEN n = 0 THEN 'bench.citoyen@example.org' ELSE 'citoyen.' || n || '@example.org' END AS email,
	CASE WHEN n = 0 OR n % 100 < 97 THEN 'VALIDATED' WHEN n % 100 < 99 THEN 'PENDING' ELSE 'SUSPENDED' END AS status,
	(ARRAY['Martin','Bernard','Thomas','Petit','Robert','Richard','Durand','Dubois','Moreau','Laurent',
		'Simon','Michel','Lefebvre','Leroy','Roux','David','Bertrand','Morel','Fournier','Girard'])[1 + (n * 7) % 20]
		|| CASE WHEN n % 3 = 0 THEN '' ELSE '-' || (n % 997) END AS last_name,
	(ARRAY['Camille','Lucie','Jean','Paul','Léa','Hugo','Chloé','Louis','Emma','Nathan'])[1 + n % 10] AS first_name,
	now() - ((n % 1095) || ' days')::interval - ((n % 86400) || ' seconds')::interval AS created_at
FROM generate_series(0, :accounts - 1) AS n;

COPY (
	SELECT id, username, email, :'hash', status, 'MME', last_name, first_name,
		date '1950-01-01' + (n % 20000), '06 12 34 56 78', (1 + n % 120) || ' rue des Tamaris', '34200', 'Sète',
		'EMAIL', created_at, created_at, created_at, 0, false
	FROM seed_account
) TO '/tmp/cc_bench_accounts.csv' WITH (FORMAT csv);
