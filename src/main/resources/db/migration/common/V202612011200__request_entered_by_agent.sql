-- A request entered by an agent for someone at the counter or on the phone: who entered it
-- and how, the account it is for (set as the owner when it is sent), and a postal address
-- to answer to when the person gave no email address.
ALTER TABLE citizen_request ADD COLUMN entered_by UUID;
ALTER TABLE citizen_request ADD COLUMN entered_by_name VARCHAR(200);
ALTER TABLE citizen_request ADD COLUMN entry_channel VARCHAR(10);
ALTER TABLE citizen_request ADD COLUMN entered_for UUID;
ALTER TABLE citizen_request ADD COLUMN postal_address VARCHAR(500);
CREATE INDEX citizen_request_entered_by_idx ON citizen_request (entered_by);
