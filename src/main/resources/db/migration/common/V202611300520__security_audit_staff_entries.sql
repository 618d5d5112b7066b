-- The journal also records what staff do: who (actor_kind STAFF, actor = staff identifier),
-- on what (object_ref, e.g. "compte:jean.dupont"), from where. Citizens' own entries keep
-- actor_kind CITIZEN; only those appear in a citizen's data export.
ALTER TABLE audit_event ADD COLUMN actor_kind VARCHAR(10) DEFAULT 'CITIZEN' NOT NULL;
ALTER TABLE audit_event ADD COLUMN object_ref VARCHAR(120);

CREATE INDEX audit_event_time_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_object_ix ON audit_event (object_ref, occurred_at);
