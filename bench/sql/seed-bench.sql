-- What the back-office and tracking scenarios need, after the accounts and requests:
-- * :agents staff members bench.agent.1 … (role AGENT, the four departments, the same
--   password as the citizens), each with an authenticator app already enrolled whose
--   secret is :'totp' (Base32, stored as the portal still reads secrets of older
--   versions, "plain:"), so that the scenario computes the codes (RFC 6238) itself;
-- * one request of a visitor (birth certificate, no account) whose tracking link's token
--   is :'token' (only its SHA-256 is stored, as the portal does).
INSERT INTO staff_member (id, username, email, display_name, password_hash, created_at, created_by, version)
SELECT md5('agent' || n)::uuid, 'bench.agent.' || n, 'bench.agent.' || n || '@mairie.example.org',
	'Agent du banc d’essai ' || n, :'hash', now(), 'bench', 0
FROM generate_series(1, :agents) AS n;

INSERT INTO staff_member_role (staff_id, role)
SELECT md5('agent' || n)::uuid, 'AGENT' FROM generate_series(1, :agents) AS n;

INSERT INTO staff_member_department (staff_id, department_code)
SELECT md5('agent' || n)::uuid, d.code FROM generate_series(1, :agents) AS n CROSS JOIN department d;

INSERT INTO second_factor_credential (owner_id, secret, last_step, enrolled_at, version)
SELECT md5('agent' || n)::uuid, 'plain:' || :'totp', NULL, now(), 0 FROM generate_series(1, :agents) AS n;

INSERT INTO citizen_request (id, public_id, reference, account_id, visitor_email, procedure_code, procedure_revision,
	title, category, department, status, answers, current_step, created_at, updated_at, submitted_at, version,
	citizen_name, citizen_key, citizen_email, tracking_hash)
SELECT md5('visitor-request')::uuid, 'benchvisitor', to_char(now(), 'YYYY') || '-NAISSANCE-BENCH01', NULL,
	'visiteur.banc@example.org', p.code, p.current_revision, 'Demande d’acte de naissance', 'etat-civil', 'etat-civil',
	'IN_INSTRUCTION',
	'{"document":"Extrait avec filiation","quality":"La personne concernée par l’acte","event-date":"1990-05-14",'
		|| '"event-place":"Sète","copies":"1","last-name":"Banc","first-names":"Camille",'
		|| '"parent-1":"Banc Jean","requester-last-name":"Banc","requester-first-name":"Camille",'
		|| '"delivery":"En France","address":{"line":"8 rue des Tamaris","postcode":"34200","commune":"Sète"}}',
	-1, now() - interval '2 days', now() - interval '1 day', now() - interval '2 days', 0,
	'Camille Banc', 'banc camille', 'visiteur.banc@example.org', encode(sha256(convert_to(:'token', 'UTF8')), 'hex')
FROM procedure p WHERE p.code = 'NAISSANCE';
