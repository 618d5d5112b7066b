-- Account lifecycle: "correction requested" flag and the status history shown by the
-- validation queue (who, when, from, to, verb, why).
ALTER TABLE citizen_account ADD COLUMN correction_requested BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE account_status_history (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	position INT NOT NULL,
	at TIMESTAMP WITH TIME ZONE NOT NULL,
	by_name VARCHAR(200),
	verb VARCHAR(20) NOT NULL,
	from_status VARCHAR(16) NOT NULL,
	to_status VARCHAR(16) NOT NULL,
	reason VARCHAR(2000),
	CONSTRAINT account_status_history_pk PRIMARY KEY (id),
	CONSTRAINT account_status_history_account_fk FOREIGN KEY (account_id) REFERENCES citizen_account (id) ON DELETE CASCADE
);
CREATE INDEX account_status_history_account_ix ON account_status_history (account_id, position);
