-- Captcha solutions already used: a proof of work or a text question is accepted once. Rows are
-- kept until the challenge would have expired anyway, then purged.
CREATE TABLE captcha_spent (
	spent_id VARCHAR(160) NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT captcha_spent_pk PRIMARY KEY (spent_id)
);

CREATE INDEX captcha_spent_expires_ix ON captcha_spent (expires_at);

-- Fixed-window counters for actions limited per client address (e.g. accounts created per hour).
CREATE TABLE rate_limit (
	limit_key VARCHAR(300) NOT NULL,
	hits INT NOT NULL,
	window_start TIMESTAMP WITH TIME ZONE NOT NULL,
	window_end TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT rate_limit_pk PRIMARY KEY (limit_key)
);

CREATE INDEX rate_limit_window_end_ix ON rate_limit (window_end);
