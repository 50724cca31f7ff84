-- A statement about an archived incident or act leaves the timeline with its subject; it leaves search with it
-- too, and comes back when the subject is restored.

create or replace view search_document_source as
select 'BODY'::varchar(16) as kind, b.id as record_id, b.name_en::text as title,
       concat_ws(' · ', b.abbreviation, b.name_ru, b.name_kk) as snippet,
       null::date as date_on, null::varchar(8) as date_precision, false as date_approximate,
       ('/bodies/' || b.id)::varchar(200) as path, b.archived_at is not null as archived,
       search_english(b.name_en, 'A') || search_kazakh(b.abbreviation, 'A') || search_russian(b.name_ru, 'A')
           || search_kazakh(b.name_kk, 'A') as document
  from government_body b
union all
select 'ACT', a.id, a.title_en,
       concat_ws(' · ', a.title_ru, a.title_kk, a.summary, d.duties),
       s.date_on, s.date_precision, coalesce(s.date_approximate, false),
       '/acts/' || a.id, a.archived_at is not null,
       search_english(a.title_en, 'A') || search_russian(a.title_ru, 'A') || search_kazakh(a.title_kk, 'A')
           || search_kazakh(concat_ws(' ', a.official_number, a.registry_number), 'A')
           || search_english(a.summary, 'B') || search_english(d.duties, 'B')
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
select 'INCIDENT', x.id, x.title,
       concat_ws(' · ', x.description, x.place, x.objects_note),
       x.date_on, x.date_precision, coalesce(x.date_approximate, false),
       '/incidents/' || x.id, x.archived_at is not null,
       search_english(x.title, 'A') || search_english(x.description, 'B')
           || search_english(concat_ws(' ', x.place, x.objects_note), 'C')
  from airspace_incident x
union all
select 'STATEMENT', t.id, t.actor_name,
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
select 'SOURCE', o.id, o.title,
       concat_ws(' · ', o.publisher, o.note),
       o.date_on, o.date_precision, coalesce(o.date_approximate, false),
       '/sources/' || o.id, o.archived_at is not null,
       search_english(o.title, 'A') || search_english(o.publisher, 'A') || search_english(o.note, 'B')
  from source o;

create or replace function keep_search_document() returns trigger language plpgsql as $$
declare
    this_row jsonb := to_jsonb(coalesce(new, old));
begin
    perform refresh_search_document(tg_argv[0], (this_row ->> tg_argv[1])::bigint);
    -- Each table's own columns are named only inside a branch for that table: PL/pgSQL resolves a field of
    -- "new" when it evaluates the condition, and fails for a table without it.
    if tg_op = 'UPDATE' then
        if tg_table_name = 'government_body' then
            -- An act's document names its issuing body.
            if new.name_en is distinct from old.name_en then
                perform refresh_search_document('ACT', a.id) from legal_act a where a.issuing_body_id = new.id;
            end if;
        elsif tg_table_name = 'airspace_incident' then
            -- The statements about an incident or an act are archived and restored with it.
            if new.archived_at is distinct from old.archived_at then
                perform refresh_search_document('STATEMENT', t.id) from statement t where t.incident_id = new.id;
            end if;
        elsif tg_table_name = 'legal_act' then
            if new.archived_at is distinct from old.archived_at then
                perform refresh_search_document('STATEMENT', t.id) from statement t where t.act_id = new.id;
            end if;
        end if;
    end if;
    return null;
end
$$;

update search_document d
   set archived = true
  from statement t
  left join airspace_incident si on si.id = t.incident_id
  left join legal_act sa on sa.id = t.act_id
 where d.kind = 'STATEMENT' and d.record_id = t.id and not d.archived
   and (si.archived_at is not null or sa.archived_at is not null);
