-- The hash of a staff member's password voided by a reset, kept until the new one is
-- chosen so that the link cannot set the same password again (it may have been seen);
-- forgotten as soon as a new password is chosen.
alter table staff_member add column replaced_password_hash varchar(255);
