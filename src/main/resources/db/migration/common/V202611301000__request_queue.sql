-- Back-office queues (/agent/demandes): who took each request, who sent it (name and address as
-- they were at submission, so that the queue searches them without reading the accounts), whether
-- the account was still temporary then, and the labels of each department. The queue always names
-- the procedures of the agent's departments first, then filters on real columns.
ALTER TABLE citizen_request ADD COLUMN assigned_staff_id UUID;
ALTER TABLE citizen_request ADD COLUMN assigned_name VARCHAR(200);
ALTER TABLE citizen_request ADD COLUMN citizen_name VARCHAR(250);
ALTER TABLE citizen_request ADD COLUMN citizen_key VARCHAR(250);
ALTER TABLE citizen_request ADD COLUMN citizen_email VARCHAR(254);
ALTER TABLE citizen_request ADD COLUMN submitted_pending BOOLEAN DEFAULT FALSE NOT NULL;

-- Requests sent before this change: the account's current name and address.
UPDATE citizen_request SET
	citizen_name = (SELECT trim(coalesce(a.first_name, '') || ' ' || coalesce(a.last_name, ''))
		FROM citizen_account a WHERE a.id = citizen_request.account_id),
	citizen_key = (SELECT translate(lower(trim(coalesce(a.last_name, '') || ' ' || coalesce(a.first_name, ''))),
			'àáâäãåçèéêëìíîïñòóôöõùúûüýÿ’', 'aaaaaaceeeeiiiinooooouuuuyy''')
		FROM citizen_account a WHERE a.id = citizen_request.account_id),
	citizen_email = coalesce((SELECT lower(a.email) FROM citizen_account a WHERE a.id = citizen_request.account_id),
		lower(visitor_email))
WHERE status <> 'DRAFT';

-- The queue: procedures of the agent's departments, one status (or a few), oldest first.
CREATE INDEX citizen_request_queue_ix ON citizen_request (procedure_code, status, submitted_at);
-- "Mine" and the assigned-agent filter.
CREATE INDEX citizen_request_assignee_ix ON citizen_request (assigned_staff_id, status, submitted_at);
-- Search by name (prefix of "nom prénom", lower-case without accents) or email (prefix).
CREATE INDEX citizen_request_citizen_key_ix ON citizen_request (citizen_key);
CREATE INDEX citizen_request_citizen_email_ix ON citizen_request (citizen_email);
-- Dashboard: decisions of the last days, per procedure.
CREATE INDEX citizen_request_decided_ix ON citizen_request (procedure_code, decided_at);

-- Labels (étiquettes) a department defines and puts on its requests.
CREATE TABLE request_label_definition (
	id UUID NOT NULL,
	department VARCHAR(60) NOT NULL,
	name VARCHAR(60) NOT NULL,
	name_key VARCHAR(60) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by VARCHAR(200) NOT NULL,
	CONSTRAINT request_label_definition_pk PRIMARY KEY (id),
	CONSTRAINT request_label_definition_uk UNIQUE (department, name_key)
);

CREATE TABLE request_label (
	request_id UUID NOT NULL,
	label_id UUID NOT NULL,
	CONSTRAINT request_label_pk PRIMARY KEY (request_id, label_id),
	CONSTRAINT request_label_request_fk FOREIGN KEY (request_id) REFERENCES citizen_request (id) ON DELETE CASCADE,
	CONSTRAINT request_label_label_fk FOREIGN KEY (label_id) REFERENCES request_label_definition (id) ON DELETE CASCADE
);

CREATE INDEX request_label_label_ix ON request_label (label_id, request_id);
