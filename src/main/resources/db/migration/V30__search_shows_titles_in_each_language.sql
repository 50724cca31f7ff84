-- A hit is shown in the reader's language: its title in Russian or Kazakh where the record has one (a body's name,
-- an act's title, an incident's title), else the English title marked as such; its passage is the record's own
-- text (English for now). The Russian and Kazakh titles therefore get columns of their own and leave the passage,
-- where they were shown unmarked on every page. Acts' summaries and incidents' titles and descriptions written in
-- Russian and Kazakh (V26) are found by their words in those languages; those columns are new and empty, so only
-- bodies' and acts' documents change now.

alter table search_document add column title_ru text, add column title_kk text;

-- The view gains columns in the middle: it is made anew (only PL/pgSQL functions read it, and they read it by
-- name when they run).
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

-- "Did you mean" offers every word a document shows, the titles in each language among them.
create or replace function refresh_search_document(record_kind varchar, id bigint) returns void language plpgsql as $$
declare
    kept search_document;
begin
    insert into search_document (kind, record_id, title, title_ru, title_kk, snippet, date_on, date_precision,
        date_approximate, path, archived, document)
    select s.kind, s.record_id, s.title, s.title_ru, s.title_kk, s.snippet, s.date_on, s.date_precision,
           s.date_approximate, s.path, s.archived, s.document
      from search_document_source s
     where s.kind = record_kind and s.record_id = id
    on conflict (kind, record_id) do update
        set title = excluded.title, title_ru = excluded.title_ru, title_kk = excluded.title_kk,
            snippet = excluded.snippet, date_on = excluded.date_on, date_precision = excluded.date_precision,
            date_approximate = excluded.date_approximate, path = excluded.path, archived = excluded.archived,
            document = excluded.document
    returning * into kept;
    if kept.record_id is null then
        delete from search_document d where d.kind = record_kind and d.record_id = id;
    else
        perform remember_search_words(concat_ws(' ', kept.title, kept.title_ru, kept.title_kk, kept.snippet));
    end if;
end
$$;

-- Only bodies and acts have titles in other languages, and only their passages change.
update search_document d
   set title_ru = s.title_ru, title_kk = s.title_kk, snippet = s.snippet
  from search_document_source s
 where d.kind in ('BODY', 'ACT') and s.kind in ('BODY', 'ACT') and s.kind = d.kind and s.record_id = d.record_id;
