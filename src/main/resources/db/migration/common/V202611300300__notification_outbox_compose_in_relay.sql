-- Emails are composed by the relay, no longer in the transaction of the change they announce:
-- a broken template must never roll back a citizen's action. The row keeps what composing
-- needs (template, locale, model and subject arguments as JSON); subject and bodies are filled
-- in by the relay once rendered, and stay empty on a row whose composition failed.
ALTER TABLE outbox_message ADD COLUMN template_name VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN locale VARCHAR(35);
ALTER TABLE outbox_message ADD COLUMN model_json TEXT;
ALTER TABLE outbox_message ADD COLUMN subject_args_json TEXT;
ALTER TABLE outbox_message ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE outbox_message ALTER COLUMN text_body DROP NOT NULL;
