-- PostgreSQL only: a prefix search (LIKE 'dup%') uses a B-tree index only with the pattern
-- operator class when the database collation is not C. H2 uses the plain indexes of
-- V202611301000. A search inside names (LIKE '%pon%') would need pg_trgm, which an
-- installation may not allow: the queue searches prefixes only.
CREATE INDEX citizen_request_citizen_key_prefix_ix ON citizen_request (citizen_key varchar_pattern_ops);
CREATE INDEX citizen_request_citizen_email_prefix_ix ON citizen_request (citizen_email varchar_pattern_ops);
CREATE INDEX citizen_request_reference_prefix_ix ON citizen_request (reference varchar_pattern_ops);
