-- A visitor's tracking token, sealed with the portal's key (AES-GCM), so that every email
-- about the request can carry the personal tracking link; the hash stays the lookup key.
ALTER TABLE citizen_request ADD COLUMN tracking_sealed VARCHAR(200);
