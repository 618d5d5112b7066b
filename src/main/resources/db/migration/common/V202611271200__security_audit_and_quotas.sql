-- Security journal: sign-ins, recoveries, password and second-factor changes, closures.
-- Who, what, when, from where; never a password, code or token.
CREATE TABLE audit_event (
	id UUID NOT NULL,
	occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
	action VARCHAR(40) NOT NULL,
	actor VARCHAR(100) NOT NULL,
	account_id UUID,
	client_address VARCHAR(64),
	CONSTRAINT audit_event_pk PRIMARY KEY (id)
);

CREATE INDEX audit_event_account_ix ON audit_event (account_id, occurred_at);
CREATE INDEX audit_event_actor_ix ON audit_event (actor, occurred_at);

-- Fixed-window counters of actions other than sign-in (lost-password links…), per key.
CREATE TABLE action_quota (
	quota_key VARCHAR(300) NOT NULL,
	hits INT NOT NULL,
	window_start TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT action_quota_pk PRIMARY KEY (quota_key)
);
