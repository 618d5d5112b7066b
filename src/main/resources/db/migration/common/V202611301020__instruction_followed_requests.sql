-- What a staff member keeps about a request: whether they chose to follow it (TRUE) or to
-- stop following it (FALSE; a request they took in charge is followed until then), and when
-- they last opened its page (the "changed since" marks of Mes demandes suivies).
CREATE TABLE staff_request (
	staff_id UUID NOT NULL,
	reference VARCHAR(40) NOT NULL,
	following BOOLEAN,
	last_opened_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT staff_request_pk PRIMARY KEY (staff_id, reference),
	CONSTRAINT staff_request_staff_fk FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

-- The daily digest: a row per staff member who opted in; last_sent_at bounds the next
-- digest ("since the last one"), last_sent_on makes it one a day at most.
CREATE TABLE staff_digest (
	staff_id UUID NOT NULL,
	subscribed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	last_sent_at TIMESTAMP WITH TIME ZONE,
	last_sent_on DATE,
	CONSTRAINT staff_digest_pk PRIMARY KEY (staff_id),
	CONSTRAINT staff_digest_staff_fk FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

-- Requests changed since a date, per department: the history by time.
CREATE INDEX request_history_at_ix ON request_history (request_id, at);

-- The digest reads a department's requests changed since the last one.
CREATE INDEX citizen_request_procedure_updated_ix ON citizen_request (procedure_code, updated_at);
