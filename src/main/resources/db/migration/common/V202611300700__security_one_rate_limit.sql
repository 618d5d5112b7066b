-- One fixed-window rate limiter (security/RateLimit) on the table rate_limit: the counters of
-- action_quota (lost-password links) now live there too.
DROP TABLE action_quota;
