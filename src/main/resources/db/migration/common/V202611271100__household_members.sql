-- Members of a citizen's household. public_id is the random id shown in URLs; identity_key
-- (names without accents or case, and birth date) makes a member typed twice, even by a
-- double post, a duplicate the database refuses.
CREATE TABLE household_member (
	id UUID NOT NULL,
	public_id VARCHAR(32) NOT NULL,
	account_id UUID NOT NULL,
	kind VARCHAR(8) NOT NULL,
	relation VARCHAR(16),
	civility VARCHAR(16),
	sex VARCHAR(8),
	last_name VARCHAR(100) NOT NULL,
	first_names VARCHAR(150) NOT NULL,
	birth_date DATE NOT NULL,
	identity_key VARCHAR(300) NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
	version BIGINT NOT NULL,
	CONSTRAINT household_member_pk PRIMARY KEY (id),
	CONSTRAINT household_member_public_id_uk UNIQUE (public_id),
	CONSTRAINT household_member_identity_uk UNIQUE (account_id, identity_key),
	CONSTRAINT household_member_account_fk FOREIGN KEY (account_id) REFERENCES citizen_account (id),
	CONSTRAINT household_member_kind_ck CHECK (kind IN ('ADULT', 'CHILD'))
);

CREATE INDEX household_member_account_ix ON household_member (account_id);
