-- Town-hall staff: a principal of their own, apart from citizen accounts. The password
-- hash stays null until the invited person chooses one; the second factor lives in
-- second_factor_credential (owner_id = staff_member.id).
CREATE TABLE staff_member (
	id UUID NOT NULL,
	username VARCHAR(80) NOT NULL,
	email VARCHAR(254) NOT NULL,
	display_name VARCHAR(150) NOT NULL,
	password_hash VARCHAR(255),
	disabled_at TIMESTAMP WITH TIME ZONE,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	created_by VARCHAR(80) NOT NULL,
	last_sign_in_at TIMESTAMP WITH TIME ZONE,
	version BIGINT DEFAULT 0 NOT NULL,
	CONSTRAINT staff_member_pk PRIMARY KEY (id),
	CONSTRAINT staff_member_username_uq UNIQUE (username),
	CONSTRAINT staff_member_email_uq UNIQUE (email)
);

-- Roles of a staff member (several per person): ADMINISTRATOR, ACCOUNT_VALIDATOR, AGENT.
CREATE TABLE staff_member_role (
	staff_id UUID NOT NULL,
	role VARCHAR(30) NOT NULL,
	CONSTRAINT staff_member_role_pk PRIMARY KEY (staff_id, role),
	CONSTRAINT staff_member_role_staff_fk FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

-- Departments (services instructeurs) are data: codes are the ones procedures name in
-- their YAML ("department:"); the ones procedures name are added at start when missing.
CREATE TABLE department (
	code VARCHAR(60) NOT NULL,
	name VARCHAR(120) NOT NULL,
	active BOOLEAN DEFAULT TRUE NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT department_pk PRIMARY KEY (code)
);

CREATE TABLE staff_member_department (
	staff_id UUID NOT NULL,
	department_code VARCHAR(60) NOT NULL,
	CONSTRAINT staff_member_department_pk PRIMARY KEY (staff_id, department_code),
	CONSTRAINT staff_member_department_staff_fk FOREIGN KEY (staff_id) REFERENCES staff_member (id),
	CONSTRAINT staff_member_department_department_fk FOREIGN KEY (department_code) REFERENCES department (code)
);

-- Which department handles a procedure, when an administrator overrides the YAML's.
CREATE TABLE procedure_department (
	procedure_code VARCHAR(40) NOT NULL,
	department_code VARCHAR(60) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
	changed_by VARCHAR(80) NOT NULL,
	CONSTRAINT procedure_department_pk PRIMARY KEY (procedure_code),
	CONSTRAINT procedure_department_department_fk FOREIGN KEY (department_code) REFERENCES department (code)
);

-- Invitation links (choose a password): single use, valid 72 hours, only the SHA-256 of
-- the token is stored.
CREATE TABLE staff_invitation (
	token_hash VARCHAR(64) NOT NULL,
	staff_id UUID NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
	used_at TIMESTAMP WITH TIME ZONE,
	CONSTRAINT staff_invitation_pk PRIMARY KEY (token_hash),
	CONSTRAINT staff_invitation_staff_fk FOREIGN KEY (staff_id) REFERENCES staff_member (id)
);

CREATE INDEX staff_invitation_staff_ix ON staff_invitation (staff_id);

-- The commune's own departments (the demo commune's four; a commune renames them).
INSERT INTO department (code, name, active, created_at) VALUES
	('citoyennete', 'Accueil-Citoyenneté', TRUE, CURRENT_TIMESTAMP),
	('education', 'Éducation', TRUE, CURRENT_TIMESTAMP),
	('services-techniques', 'Services techniques', TRUE, CURRENT_TIMESTAMP),
	('etat-civil', 'État civil', TRUE, CURRENT_TIMESTAMP);
