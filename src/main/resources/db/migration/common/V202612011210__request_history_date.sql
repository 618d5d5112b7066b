-- The date an information message is about (e.g. the bulky-item pickup day), shown on
-- the request's timeline as well as in its email.
ALTER TABLE request_history ADD COLUMN about_date DATE;
