-- Every email and SMS leaves through this table: written in the same transaction as the change
-- it announces, then sent (and retried) by the relay. dedup_key makes each event send once.
CREATE TABLE outbox_message (
	id UUID NOT NULL,
	dedup_key VARCHAR(200) NOT NULL,
	channel VARCHAR(8) NOT NULL,
	kind VARCHAR(20) NOT NULL,
	account_id UUID,
	recipient VARCHAR(254) NOT NULL,
	subject VARCHAR(300) NOT NULL,
	text_body TEXT NOT NULL,
	html_body TEXT,
	link VARCHAR(500),
	status VARCHAR(10) NOT NULL,
	attempts INT NOT NULL,
	next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
	last_error VARCHAR(1000),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	sent_at TIMESTAMP WITH TIME ZONE,
	read_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT outbox_message_pk PRIMARY KEY (id),
	CONSTRAINT outbox_message_dedup_uk UNIQUE (dedup_key)
);

CREATE INDEX outbox_message_due_ix ON outbox_message (status, next_attempt_at);
CREATE INDEX outbox_message_account_ix ON outbox_message (account_id, created_at);
