-- Editors write an act's summary, and an incident's title and description, in Russian and Kazakh as well as in
-- English; pages show the reader's language and fall back, marked, to the English text that is always there.
alter table legal_act add column summary_ru text;
alter table legal_act add column summary_kk text;

alter table airspace_incident add column title_ru varchar(300);
alter table airspace_incident add column title_kk varchar(300);
alter table airspace_incident add column description_ru text;
alter table airspace_incident add column description_kk text;
