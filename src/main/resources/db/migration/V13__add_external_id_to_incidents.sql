-- The stable id an incident has in the file or system it was imported from, so that importing the same file
-- again finds the incident already on record instead of recording it twice. Optional: most incidents are entered
-- by hand and have none; where given it names one incident only.
alter table airspace_incident add column external_id text;

create unique index uq_incident_external_id on airspace_incident (external_id) where external_id is not null;
