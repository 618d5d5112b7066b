-- Requests sent without an account (audience ANYONE): the SHA-256 of the tracking link's
-- token (/suivi/{token}; the token itself is never stored), and the one-time links that let
-- a citizen prove they own the address a visitor's request was sent from before attaching
-- it to their account.
ALTER TABLE citizen_request ADD COLUMN tracking_hash VARCHAR(64);
ALTER TABLE citizen_request ADD CONSTRAINT citizen_request_tracking_hash_uk UNIQUE (tracking_hash);
CREATE INDEX citizen_request_visitor_email_ix ON citizen_request (visitor_email);

CREATE TABLE visitor_request_claim (
	token_hash VARCHAR(64) NOT NULL,
	account_id UUID NOT NULL,
	email VARCHAR(254) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT visitor_request_claim_pk PRIMARY KEY (token_hash)
);
