-- Incidents' titles and descriptions, and acts' summaries, written in Russian and Kazakh (V26) are found by their
-- words in those languages, and an incident's hit shows its title in the reader's language as an act's does. The
-- columns are new and empty, so no document changes now: each is written anew as its record is saved.
drop view search_document_source;

create view search_document_source as
select 'BODY'::varchar(16) as kind, b.id as record_id, b.name_en::text as title, b.name_ru::text as title_ru,
       b.name_kk::text as title_kk, b.abbreviation::text as snippet,
       null::date as date_on, null::varchar(8) as date_precision, false as date_approximate,
       ('/bodies/' || b.id)::varchar(200) as path, b.archived_at is not null as archived,
       search_english(b.name_en, 'A') || search_kazakh(b.abbreviation, 'A') || search_russian(b.name_ru, 'A')
           || search_kazakh(b.name_kk, 'A') as document
  from government_body b
union all
select 'ACT', a.id, a.title_en, a.title_ru, a.title_kk,
       concat_ws(' · ', a.summary, d.duties),
       s.date_on, s.date_precision, coalesce(s.date_approximate, false),
       '/acts/' || a.id, a.archived_at is not null,
       search_english(a.title_en, 'A') || search_russian(a.title_ru, 'A') || search_kazakh(a.title_kk, 'A')
           || search_kazakh(concat_ws(' ', a.official_number, a.registry_number), 'A')
           || search_english(a.summary, 'B') || search_english(d.duties, 'B')
           || search_russian(a.summary_ru, 'B') || search_kazakh(a.summary_kk, 'B')
           || search_english(n.notes, 'C') || search_english(i.name_en, 'C')
  from legal_act a
  left join government_body i on i.id = a.issuing_body_id
  left join lateral (select string_agg(m.duty, '; ' order by m.id) as duties
                       from mandate m where m.act_id = a.id and m.change = 'GRANTED') d on true
  left join lateral (select string_agg(t.note, '; ' order by t.date_on, t.id) as notes
                       from act_stage t where t.act_id = a.id) n on true
  left join lateral (select t.date_on, t.date_precision, t.date_approximate
                       from act_stage t where t.act_id = a.id order by t.date_on, t.id limit 1) s on true
union all
select 'INCIDENT', x.id, x.title, x.title_ru::text, x.title_kk::text,
       concat_ws(' · ', x.description, x.place, x.objects_note),
       x.date_on, x.date_precision, coalesce(x.date_approximate, false),
       '/incidents/' || x.id, x.archived_at is not null,
       search_english(x.title, 'A') || search_russian(x.title_ru, 'A') || search_kazakh(x.title_kk, 'A')
           || search_english(x.description, 'B') || search_russian(x.description_ru, 'B')
           || search_kazakh(x.description_kk, 'B')
           || search_english(concat_ws(' ', x.place, x.objects_note), 'C')
  from airspace_incident x
union all
select 'STATEMENT', t.id, t.actor_name, null, null,
       t.text,
       t.date_on, t.date_precision, coalesce(t.date_approximate, false),
       case when t.incident_id is not null then '/incidents/' || t.incident_id else '/acts/' || t.act_id end
           || '#statement-' || t.id,
       t.archived_at is not null or si.archived_at is not null or sa.archived_at is not null,
       search_english(t.actor_name, 'A') || search_english(t.text, 'B')
  from statement t
  left join airspace_incident si on si.id = t.incident_id
  left join legal_act sa on sa.id = t.act_id
union all
select 'SOURCE', o.id, o.title, null, null,
       concat_ws(' · ', o.publisher, o.note),
       o.date_on, o.date_precision, coalesce(o.date_approximate, false),
       '/sources/' || o.id, o.archived_at is not null,
       search_english(o.title, 'A') || search_english(o.publisher, 'A') || search_english(o.note, 'B')
  from source o;
