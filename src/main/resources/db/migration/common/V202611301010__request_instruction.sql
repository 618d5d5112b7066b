-- The back office's work on a request (its assignee is kept by the queue's migration): whom a history line is
-- about (assignee, department asked for an opinion), the opinions asked of other
-- departments (which share the request read-only with them) and the internal notes the
-- citizen never sees.
ALTER TABLE request_history ADD COLUMN target VARCHAR(200);

CREATE TABLE request_opinion (
	id UUID NOT NULL,
	request_id UUID NOT NULL,
	department VARCHAR(60) NOT NULL,
	question VARCHAR(4000) NOT NULL,
	asked_by VARCHAR(200) NOT NULL,
	asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
	answered_by VARCHAR(200),
	answered_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT request_opinion_pk PRIMARY KEY (id),
	CONSTRAINT request_opinion_request_fk FOREIGN KEY (request_id) REFERENCES citizen_request (id) ON DELETE CASCADE
);

CREATE INDEX request_opinion_request_ix ON request_opinion (request_id, department);
CREATE INDEX request_opinion_department_ix ON request_opinion (department, answered_at);

CREATE TABLE request_note (
	id UUID NOT NULL,
	request_id UUID NOT NULL,
	kind VARCHAR(10) NOT NULL,
	department VARCHAR(60),
	author VARCHAR(200) NOT NULL,
	body VARCHAR(4000) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT request_note_pk PRIMARY KEY (id),
	CONSTRAINT request_note_request_fk FOREIGN KEY (request_id) REFERENCES citizen_request (id) ON DELETE CASCADE
);

CREATE INDEX request_note_request_ix ON request_note (request_id, created_at);
