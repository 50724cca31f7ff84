-- Deleting a record is archiving it: it leaves the lists and the timeline but keeps its row, its history and
-- everything that refers to it, and it can be restored.
alter table government_body add column archived_at timestamptz;
alter table source add column archived_at timestamptz;
alter table legal_act add column archived_at timestamptz;
alter table airspace_incident add column archived_at timestamptz;
alter table statement add column archived_at timestamptz;
