-- A member added while the account is pending validation is "à vérifier": the town hall
-- checks it with the account, and validating the account clears the mark.
ALTER TABLE household_member ADD COLUMN to_check BOOLEAN DEFAULT FALSE NOT NULL;
