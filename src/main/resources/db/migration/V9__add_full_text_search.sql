-- Full-text search across bodies, acts, incidents, statements and sources, and word matching on the timeline.
--
-- The record tables get no search column: their history (V7) logs every column of every change, and a vector
-- there would fill every record's history with noise. Instead one search_document per record is kept beside them
-- by row triggers, in the same transaction as the change, from a view that says what each kind of record puts
-- into its document. The timeline is a read model, not a record: it gets a generated vector of its own.
--
-- Languages: English text is indexed with the english configuration (stems: "ministries" finds "ministry"),
-- Russian names and titles with russian, Kazakh ones with simple (PostgreSQL has no Kazakh stemmer). Every field
-- is indexed with simple as well, so that an exact word always matches and "-word" excludes a record whichever
-- configuration read the query. Titles and names weigh A, summaries, descriptions and duties B, the rest C.

create extension if not exists pg_trgm;

create function search_english(words text, weight "char") returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('english', coalesce(words, '')), weight)
        || setweight(to_tsvector('simple', coalesce(words, '')), weight);

create function search_russian(words text, weight "char") returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('russian', coalesce(words, '')), weight)
        || setweight(to_tsvector('simple', coalesce(words, '')), weight);

create function search_kazakh(words text, weight "char") returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('simple', coalesce(words, '')), weight);

-- What a reader types, in web-search syntax ("a phrase", -word, or), read in all three configurations.
create function search_query(words text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('english', words)
        || websearch_to_tsquery('russian', words)
        || websearch_to_tsquery('simple', words);

create table search_document (
    kind              varchar(16)  not null,
    record_id         bigint       not null,
    title             text         not null,
    snippet           text,
    date_on           date,
    date_precision    varchar(8),
    date_approximate  boolean      not null default false,
    path              varchar(200) not null,
    archived          boolean      not null default false,
    document          tsvector     not null,
    constraint pk_search_document primary key (kind, record_id),
    constraint ck_search_document_kind check (kind in ('ACT', 'BODY', 'INCIDENT', 'STATEMENT', 'SOURCE'))
);
create index ix_search_document on search_document using gin (document) where not archived;

-- Every word the documents hold (letters only, as the simple configuration lowercases them), for "did you mean".
create table search_word (
    word  varchar(40) not null,
    constraint pk_search_word primary key (word)
);
create index ix_search_word_trigram on search_word using gin (word gin_trgm_ops);

-- One row per record: what its document holds. Triggers read one record through it (the planner pushes the
-- record's kind and id into the branch, so that is a primary-key lookup), the back-fill below reads all.
create view search_document_source as
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
       t.archived_at is not null,
       search_english(t.actor_name, 'A') || search_english(t.text, 'B')
  from statement t
union all
select 'SOURCE', o.id, o.title,
       concat_ws(' · ', o.publisher, o.note),
       o.date_on, o.date_precision, coalesce(o.date_approximate, false),
       '/sources/' || o.id, o.archived_at is not null,
       search_english(o.title, 'A') || search_english(o.publisher, 'A') || search_english(o.note, 'B')
  from source o;

create function remember_search_words(words text) returns void language sql as $$
    insert into search_word (word)
    select w.lexeme
      from unnest(to_tsvector('simple', coalesce(words, ''))) as w
     where w.lexeme !~ '[0-9_.,/@:&+''"-]' and length(w.lexeme) between 3 and 40
    on conflict do nothing;
$$;

create function refresh_search_document(record_kind varchar, id bigint) returns void language plpgsql as $$
declare
    kept search_document;
begin
    insert into search_document (kind, record_id, title, snippet, date_on, date_precision, date_approximate, path,
        archived, document)
    select s.kind, s.record_id, s.title, s.snippet, s.date_on, s.date_precision, s.date_approximate, s.path,
           s.archived, s.document
      from search_document_source s
     where s.kind = record_kind and s.record_id = id
    on conflict (kind, record_id) do update
        set title = excluded.title, snippet = excluded.snippet, date_on = excluded.date_on,
            date_precision = excluded.date_precision, date_approximate = excluded.date_approximate,
            path = excluded.path, archived = excluded.archived, document = excluded.document
    returning * into kept;
    if kept.record_id is null then
        delete from search_document d where d.kind = record_kind and d.record_id = id;
    else
        perform remember_search_words(kept.title || ' ' || coalesce(kept.snippet, ''));
    end if;
end
$$;

-- Trigger arguments: the document's kind and the column holding the record's id.
create function keep_search_document() returns trigger language plpgsql as $$
declare
    this_row jsonb := to_jsonb(coalesce(new, old));
begin
    perform refresh_search_document(tg_argv[0], (this_row ->> tg_argv[1])::bigint);
    -- An act's document names its issuing body.
    if tg_table_name = 'government_body' and tg_op = 'UPDATE' then
        if new.name_en is distinct from old.name_en then
            perform refresh_search_document('ACT', a.id) from legal_act a where a.issuing_body_id = new.id;
        end if;
    end if;
    return null;
end
$$;

create trigger trg_search_government_body after insert or update or delete on government_body
    for each row execute function keep_search_document('BODY', 'id');
create trigger trg_search_legal_act after insert or update or delete on legal_act
    for each row execute function keep_search_document('ACT', 'id');
create trigger trg_search_act_stage after insert or update or delete on act_stage
    for each row execute function keep_search_document('ACT', 'act_id');
create trigger trg_search_mandate after insert or update or delete on mandate
    for each row execute function keep_search_document('ACT', 'act_id');
create trigger trg_search_airspace_incident after insert or update or delete on airspace_incident
    for each row execute function keep_search_document('INCIDENT', 'id');
create trigger trg_search_statement after insert or update or delete on statement
    for each row execute function keep_search_document('STATEMENT', 'id');
create trigger trg_search_source after insert or update or delete on source
    for each row execute function keep_search_document('SOURCE', 'id');

insert into search_document (kind, record_id, title, snippet, date_on, date_precision, date_approximate, path,
    archived, document)
select kind, record_id, title, snippet, date_on, date_precision, date_approximate, path, archived, document
  from search_document_source;

insert into search_word (word)
select distinct w.lexeme
  from search_document d, unnest(to_tsvector('simple', d.title || ' ' || coalesce(d.snippet, ''))) as w
 where w.lexeme !~ '[0-9_.,/@:&+''"-]' and length(w.lexeme) between 3 and 40
on conflict do nothing;

-- The timeline's words: titles weigh A, summaries B, read like the documents' English text.
alter table timeline_entry add column words tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('simple', title), 'A')
    || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
    || setweight(to_tsvector('simple', coalesce(summary, '')), 'B')) stored;
create index ix_timeline_words on timeline_entry using gin (words);
