-- The PostgreSQL denominator: a table like the portal's own writes (a JSON document,
-- a primary key and two secondary indexes).
DROP TABLE IF EXISTS bench_insert;
CREATE TABLE bench_insert (
	id BIGSERIAL PRIMARY KEY,
	account_id BIGINT NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	doc JSONB NOT NULL
);
CREATE INDEX bench_insert_account_ix ON bench_insert (account_id, created_at);
CREATE INDEX bench_insert_created_ix ON bench_insert (created_at);
