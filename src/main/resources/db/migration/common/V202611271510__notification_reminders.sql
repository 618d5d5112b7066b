-- Dated reminders (e.g. "sortez vos encombrants ce soir"): written in the transaction of the
-- information message that set the date, turned into an outbox message by a scheduled job when
-- due. One row per channel; dedup makes a date remind once per channel.
CREATE TABLE reminder (
	id UUID NOT NULL,
	request_id UUID NOT NULL,
	account_id UUID,
	reference VARCHAR(40) NOT NULL,
	title VARCHAR(200) NOT NULL,
	event_date DATE NOT NULL,
	due_at TIMESTAMP WITH TIME ZONE NOT NULL,
	channel VARCHAR(8) NOT NULL,
	recipient VARCHAR(254) NOT NULL,
	template VARCHAR(60) NOT NULL,
	status VARCHAR(10) NOT NULL,
	dedup VARCHAR(200) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	sent_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT reminder_pk PRIMARY KEY (id),
	CONSTRAINT reminder_dedup_uk UNIQUE (dedup)
);

CREATE INDEX reminder_due_ix ON reminder (status, due_at);
CREATE INDEX reminder_request_ix ON reminder (request_id, template);
