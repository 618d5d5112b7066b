-- Supporting documents (pièces justificatives). An attachment belongs to a holder: the
-- draft, then the request it becomes (same id), without a foreign key so that the document
-- module stays apart; the purge job removes attachments whose holder is gone.
CREATE TABLE attachment (
	id UUID NOT NULL,
	public_id VARCHAR(32) NOT NULL,
	holder_id UUID NOT NULL,
	owner_id UUID,
	slot VARCHAR(100) NOT NULL,
	file_name VARCHAR(255) NOT NULL,
	media_type VARCHAR(100) NOT NULL,
	size_bytes BIGINT NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	scan VARCHAR(12) NOT NULL,
	storage_key VARCHAR(64) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	scanned_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT attachment_pk PRIMARY KEY (id),
	CONSTRAINT attachment_public_id_uk UNIQUE (public_id),
	CONSTRAINT attachment_storage_key_uk UNIQUE (storage_key)
);

CREATE INDEX attachment_holder_ix ON attachment (holder_id, slot, created_at);
CREATE INDEX attachment_scan_ix ON attachment (scan, created_at);

-- The bytes, when they are kept in the database (the default storage).
CREATE TABLE attachment_content (
	storage_key VARCHAR(64) NOT NULL,
	content BYTEA NOT NULL,
	CONSTRAINT attachment_content_pk PRIMARY KEY (storage_key)
);

-- "Je n'ai que l'original papier": documents to bring to the counter, then ticked when the
-- department receives them.
CREATE TABLE paper_original (
	id UUID NOT NULL,
	holder_id UUID NOT NULL,
	document_key VARCHAR(80) NOT NULL,
	label VARCHAR(300) NOT NULL,
	position INT NOT NULL,
	marked_at TIMESTAMP WITH TIME ZONE NOT NULL,
	received_at TIMESTAMP WITH TIME ZONE,
	received_by VARCHAR(200),
	CONSTRAINT paper_original_pk PRIMARY KEY (id),
	CONSTRAINT paper_original_uk UNIQUE (holder_id, document_key)
);
