-- Requests (demandes), drafts included, and their history. Answers are JSON text keyed by the
-- fields' stable keys; what the lists filter or sort on is a real column with an index.
CREATE TABLE citizen_request (
	id UUID NOT NULL,
	public_id VARCHAR(24) NOT NULL,
	reference VARCHAR(40),
	account_id UUID,
	visitor_email VARCHAR(254),
	procedure_code VARCHAR(20) NOT NULL,
	procedure_revision INT NOT NULL,
	title VARCHAR(200) NOT NULL,
	category VARCHAR(40) NOT NULL,
	department VARCHAR(60) NOT NULL,
	status VARCHAR(20) NOT NULL,
	answers VARCHAR(1000000) NOT NULL,
	current_step INT NOT NULL,
	member_public_id VARCHAR(40),
	member_name VARCHAR(200),
	submission_key VARCHAR(64),
	decision VARCHAR(10),
	motive VARCHAR(2000),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	submitted_at TIMESTAMP WITH TIME ZONE,
	decided_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL,
	CONSTRAINT citizen_request_pk PRIMARY KEY (id),
	CONSTRAINT citizen_request_public_id_uk UNIQUE (public_id),
	CONSTRAINT citizen_request_reference_uk UNIQUE (reference),
	CONSTRAINT citizen_request_submission_key_uk UNIQUE (submission_key)
);

CREATE INDEX citizen_request_owner_ix ON citizen_request (account_id, status, updated_at);
CREATE INDEX citizen_request_owner_submitted_ix ON citizen_request (account_id, submitted_at);
CREATE INDEX citizen_request_department_ix ON citizen_request (department, status, submitted_at);

CREATE TABLE request_history (
	id UUID NOT NULL,
	request_id UUID NOT NULL,
	position INT NOT NULL,
	at TIMESTAMP WITH TIME ZONE NOT NULL,
	actor VARCHAR(10) NOT NULL,
	actor_name VARCHAR(200),
	verb VARCHAR(20) NOT NULL,
	from_status VARCHAR(20),
	to_status VARCHAR(20) NOT NULL,
	comment VARCHAR(4000),
	CONSTRAINT request_history_pk PRIMARY KEY (id),
	CONSTRAINT request_history_request_fk FOREIGN KEY (request_id) REFERENCES citizen_request (id) ON DELETE CASCADE
);

CREATE INDEX request_history_request_ix ON request_history (request_id, position);
