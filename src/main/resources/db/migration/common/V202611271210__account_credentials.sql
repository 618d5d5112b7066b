-- Optional authenticator app (TOTP): the secret is stored encrypted, and the step of the
-- last code accepted so that a code cannot be replayed within its 30 seconds.
ALTER TABLE citizen_account ADD COLUMN totp_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE citizen_account ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE citizen_account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE citizen_account ADD COLUMN totp_enabled_at TIMESTAMP WITH TIME ZONE;

-- Single-use links sent by email (lost password, new email address). Only the SHA-256 of
-- the token is stored: the database alone cannot be used to take over an account.
CREATE TABLE account_token (
	token_hash VARCHAR(64) NOT NULL,
	account_id UUID NOT NULL,
	purpose VARCHAR(20) NOT NULL,
	new_email VARCHAR(254),
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT account_token_pk PRIMARY KEY (token_hash),
	CONSTRAINT account_token_account_fk FOREIGN KEY (account_id) REFERENCES citizen_account (id)
);

CREATE INDEX account_token_account_ix ON account_token (account_id, purpose);

-- Recovery codes of the authenticator app, hashed, each usable once.
CREATE TABLE account_recovery_code (
	id UUID NOT NULL,
	account_id UUID NOT NULL,
	code_hash VARCHAR(64) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT account_recovery_code_pk PRIMARY KEY (id),
	CONSTRAINT account_recovery_code_account_fk FOREIGN KEY (account_id) REFERENCES citizen_account (id)
);

CREATE INDEX account_recovery_code_account_ix ON account_recovery_code (account_id);
