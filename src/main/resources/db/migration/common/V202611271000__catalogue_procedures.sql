-- The catalogue: each procedure (its code appears in request references) and every
-- revision of its YAML definition. Requests are pinned to a revision, so revisions are
-- never changed or deleted: a changed file makes a new one.
CREATE TABLE procedure (
	code VARCHAR(12) NOT NULL,
	current_revision INT NOT NULL,
	published BOOLEAN NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT procedure_pk PRIMARY KEY (code)
);

CREATE TABLE procedure_revision (
	procedure_code VARCHAR(12) NOT NULL,
	revision INT NOT NULL,
	content_hash CHAR(64) NOT NULL,
	source_file VARCHAR(255) NOT NULL,
	source TEXT NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT procedure_revision_pk PRIMARY KEY (procedure_code, revision),
	CONSTRAINT procedure_revision_procedure_fk FOREIGN KEY (procedure_code) REFERENCES procedure (code)
);
