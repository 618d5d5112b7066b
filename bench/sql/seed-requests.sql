-- Requests: :requests spread over the accounts (a few citizens write many, most write few:
-- the account is drawn as r² over the range), plus exactly :mine for the benchmark citizen.
-- Procedures, statuses and dates with realistic weights; dates skewed towards the recent.
-- The sender's name and address as the back-office queue searches them (citizen_name,
-- citizen_key: "nom prénom" lower-case without accents, citizen_email), from the seeded
-- accounts, as a submission writes them. Output: CSV for COPY citizen_request.
COPY (
	WITH drawn AS (
		SELECT n,
			CASE WHEN n < :mine THEN 0 ELSE 1 + floor(((n * 2654435761::bigint) % 1000003) / 1000003.0
				* ((n * 40503::bigint) % 1000003) / 1000003.0 * (:accounts - 1))::int END AS account,
			(n * 7919) % 100 AS p,
			(n * 104729) % 100 AS s,
			((n * 6151::bigint) % 1000) / 1000.0 AS d
		FROM generate_series(0::bigint, :requests + :mine - 1) AS n
	), shaped AS (
		SELECT n, account,
			CASE WHEN p < 30 THEN 'ENC' WHEN p < 50 THEN 'VOIRIE' WHEN p < 65 THEN 'PERI' WHEN p < 75 THEN 'SCO'
				WHEN p < 83 THEN 'ODP' WHEN p < 90 THEN 'RECENS' WHEN p < 96 THEN 'DEROG' ELSE 'ACCUEIL' END AS code,
			CASE WHEN s < 5 THEN 'DRAFT' WHEN s < 15 THEN 'SUBMITTED' WHEN s < 25 THEN 'IN_INSTRUCTION'
				WHEN s < 28 THEN 'AWAITING_CITIZEN' WHEN s < 78 THEN 'ACCEPTED' WHEN s < 85 THEN 'REFUSED'
				WHEN s < 97 THEN 'CLOSED' ELSE 'WITHDRAWN' END AS status,
			now() - (d * d * 1095) * interval '1 day' - (n % 86400) * interval '1 second' AS at
		FROM drawn
	)
	SELECT md5('request' || n)::uuid,
		'bench' || lpad(n::text, 10, '0'),
		CASE WHEN status = 'DRAFT' THEN NULL ELSE to_char(at, 'YYYY') || '-' || code || '-' || (
			SELECT string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + ((n / (32::bigint ^ k)::bigint) % 32)::int, 1), '' ORDER BY k)
			FROM generate_series(0, 5) AS k) END,
		md5('account' || account)::uuid,
		NULL,
		code,
		p.current_revision,
		CASE code WHEN 'ENC' THEN 'Enlèvement des encombrants' WHEN 'VOIRIE' THEN 'Signalement sur la voie publique'
			WHEN 'PERI' THEN 'Inscription à la restauration scolaire et au périscolaire' WHEN 'SCO' THEN 'Inscription scolaire'
			WHEN 'ODP' THEN 'Demande d’occupation temporaire du domaine public' WHEN 'RECENS' THEN 'Recensement citoyen obligatoire'
			WHEN 'DEROG' THEN 'Demande de dérogation de secteur scolaire' ELSE 'Demande d’attestation d’accueil' END,
		CASE WHEN code IN ('ENC', 'VOIRIE', 'ODP') THEN 'services-techniques' WHEN code IN ('RECENS', 'ACCUEIL') THEN 'citoyennete' ELSE 'scolaire' END,
		CASE WHEN code IN ('ENC', 'VOIRIE', 'ODP') THEN 'services-techniques' WHEN code IN ('RECENS', 'ACCUEIL') THEN 'citoyennete' ELSE 'education' END,
		status,
		'{"address":{"line":"8 rue des Tamaris","postcode":"34200","commune":"Sète"},"access":"Portail bleu","phone":"06 12 34 56 78","commitment":"true"}',
		CASE WHEN status = 'DRAFT' THEN 1 ELSE -1 END,
		NULL, NULL, NULL,
		CASE WHEN status IN ('ACCEPTED') THEN 'ACCEPTED' WHEN status = 'REFUSED' THEN 'REFUSED' END,
		CASE WHEN status = 'REFUSED' THEN 'Demande incomplète.' END,
		at, at,
		CASE WHEN status = 'DRAFT' THEN NULL ELSE at END,
		CASE WHEN status IN ('ACCEPTED', 'REFUSED', 'CLOSED') THEN at + interval '3 days' END,
		0,
		CASE WHEN status = 'DRAFT' THEN NULL ELSE trim(a.first_name || ' ' || a.last_name) END,
		CASE WHEN status = 'DRAFT' THEN NULL ELSE translate(lower(trim(a.last_name || ' ' || a.first_name)),
			'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ’', 'aaaaaaceeeeiiiinooooouuuuyy''') END,
		CASE WHEN status = 'DRAFT' THEN NULL ELSE lower(a.email) END
	FROM shaped JOIN (SELECT code AS procedure_code, current_revision FROM procedure) p
		ON p.procedure_code = shaped.code
		JOIN (SELECT id AS account_uuid, first_name, last_name, email FROM citizen_account) a
			ON a.account_uuid = md5('account' || shaped.account)::uuid
) TO STDOUT WITH (FORMAT csv);
