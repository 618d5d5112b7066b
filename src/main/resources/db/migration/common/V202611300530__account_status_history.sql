-- The history of an account's status: who changed it, when, why (and corrections asked
-- while it stays pending, with from_status = to_status). Shown in the validation queue.
CREATE TABLE account_status_change (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	from_status VARCHAR(16) NOT NULL,
	to_status VARCHAR(16) NOT NULL,
	changed_by VARCHAR(100) NOT NULL,
	comment VARCHAR(1000),
	CONSTRAINT account_status_change_pk PRIMARY KEY (id),
	CONSTRAINT account_status_change_account_fk FOREIGN KEY (account_id) REFERENCES citizen_account (id)
);

CREATE INDEX account_status_change_account_ix ON account_status_change (account_id, changed_at);
