-- Files posted on a draft after the session had expired: their attachments wait under
-- holder_id, apart from the draft, until the draft's owner signs back in (or the purge
-- removes them once the parking has expired).
CREATE TABLE parked_upload (
	holder_id UUID PRIMARY KEY,
	draft_id UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX parked_upload_created_ix ON parked_upload (created_at);
