-- Second factors leave the citizen account: one credential per person (citizen account or
-- staff member), keyed by the owner's id, so staff reuse the same table. The secret stays
-- encrypted as it was; last_step is the time step of the last code accepted, so that a
-- code is never accepted twice.
CREATE TABLE second_factor_credential (
	owner_id UUID NOT NULL,
	secret VARCHAR(200) NOT NULL,
	last_step BIGINT,
	enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT DEFAULT 0 NOT NULL,
	CONSTRAINT second_factor_credential_pk PRIMARY KEY (owner_id)
);

INSERT INTO second_factor_credential (owner_id, secret, last_step, enrolled_at, version)
SELECT id, totp_secret, totp_last_step, COALESCE(totp_enabled_at, updated_at), 0
FROM citizen_account
WHERE totp_enabled = TRUE AND totp_secret IS NOT NULL;

-- Recovery codes, hashed (SHA-256, unchanged), each usable once.
CREATE TABLE second_factor_recovery_code (
	id UUID NOT NULL,
	owner_id UUID NOT NULL,
	code_hash VARCHAR(64) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT second_factor_recovery_code_pk PRIMARY KEY (id)
);

CREATE INDEX second_factor_recovery_code_owner_ix ON second_factor_recovery_code (owner_id);

INSERT INTO second_factor_recovery_code (id, owner_id, code_hash, created_at, used_at)
SELECT id, account_id, code_hash, created_at, used_at FROM account_recovery_code;

DROP TABLE account_recovery_code;

ALTER TABLE citizen_account DROP COLUMN totp_enabled;
ALTER TABLE citizen_account DROP COLUMN totp_secret;
ALTER TABLE citizen_account DROP COLUMN totp_last_step;
ALTER TABLE citizen_account DROP COLUMN totp_enabled_at;
