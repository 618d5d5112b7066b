-- Mes Demandes: every list query names the owner first (account_id), then filters and sorts on
-- real columns. (account_id, submitted_at) and (account_id, status, updated_at) exist already;
-- these two serve the procedure and household-member filters without reading the owner's other
-- requests. The text search (reference, title) runs on the owner's rows only.
CREATE INDEX citizen_request_owner_procedure_ix ON citizen_request (account_id, procedure_code, submitted_at);
CREATE INDEX citizen_request_owner_member_ix ON citizen_request (account_id, member_public_id, submitted_at);
