-- Citizen accounts. Email addresses are not unique: a household may share one address, and
-- registration must not reveal whether an address is already known.
CREATE TABLE citizen_account (
	id UUID NOT NULL,
	username VARCHAR(80) NOT NULL,
	email VARCHAR(254) NOT NULL,
	password_hash VARCHAR(255) NOT NULL,
	status VARCHAR(16) NOT NULL,
	status_reason VARCHAR(500),
	civility VARCHAR(16),
	last_name VARCHAR(100),
	first_name VARCHAR(100),
	other_first_names VARCHAR(150),
	birth_date DATE,
	phone VARCHAR(32),
	address_line VARCHAR(200),
	address_complement VARCHAR(200),
	postcode VARCHAR(10),
	city VARCHAR(100),
	contact_preference VARCHAR(16) NOT NULL,
	terms_accepted_at TIMESTAMP WITH TIME ZONE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	status_changed_at TIMESTAMP WITH TIME ZONE,
	last_sign_in_at TIMESTAMP WITH TIME ZONE,
	version BIGINT NOT NULL,
	CONSTRAINT citizen_account_pk PRIMARY KEY (id),
	CONSTRAINT citizen_account_username_uk UNIQUE (username)
);

CREATE INDEX citizen_account_email_ix ON citizen_account (email);
CREATE INDEX citizen_account_status_ix ON citizen_account (status, created_at);

-- Sign-in throttling, per identifier typed and per client address.
CREATE TABLE sign_in_throttle (
	throttle_key VARCHAR(300) NOT NULL,
	failures INT NOT NULL,
	window_start TIMESTAMP WITH TIME ZONE NOT NULL,
	blocked_until TIMESTAMP WITH TIME ZONE,
	CONSTRAINT sign_in_throttle_pk PRIMARY KEY (throttle_key)
);
