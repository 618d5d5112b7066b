-- The one-time id of the registration form that created the account: a repeated POST of the same
-- form finds the account instead of creating a second one.
ALTER TABLE citizen_account ADD COLUMN registration_key VARCHAR(64);
ALTER TABLE citizen_account ADD CONSTRAINT citizen_account_registration_key_uk UNIQUE (registration_key);

-- What a visitor typed in a procedure before being asked to sign in or create an account. The
-- token (random, 128 bits) is only stored hashed; the first signed-in reader claims the row.
CREATE TABLE pending_input (
	token_hash VARCHAR(64) NOT NULL,
	account_id UUID,
	input_values TEXT NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT pending_input_pk PRIMARY KEY (token_hash)
);

CREATE INDEX pending_input_expires_ix ON pending_input (expires_at);
