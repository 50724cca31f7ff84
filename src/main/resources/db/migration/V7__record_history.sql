-- Who changed what and when. Every write to a record table is logged by a trigger, in the same transaction, so
-- that no writer (JPA, JdbcClient, a hand-written fix in psql) can forget it. The author is what the application
-- put into the transaction-local setting defence_tracker.author; anything else is the 'system'.
--
-- A change of a row that belongs to a record (a stage of an act, a citation of an incident) is logged with that
-- record as its owner, so that the record's history shows it. Mandates belong to the act that grants them; the
-- body a mandate is given to finds it through the row's body_id (see ix_record_change_mandate_body).

create table record_change (
    id           bigint generated always as identity,
    table_name   varchar(63)  not null,
    record_id    bigint       not null,
    owner_table  varchar(63),
    owner_id     bigint,
    operation    varchar(8)   not null,
    -- Transaction time: everything one save writes carries one timestamp.
    changed_at   timestamptz  not null default now(),
    author       varchar(100) not null,
    old_row      jsonb,
    new_row      jsonb,
    constraint pk_record_change primary key (id),
    constraint ck_record_change_operation check (operation in ('INSERT', 'UPDATE', 'DELETE'))
);
create index ix_record_change_record on record_change (table_name, record_id, id);
create index ix_record_change_owner on record_change (owner_table, owner_id, id) where owner_table is not null;
create index ix_record_change_mandate_body on record_change
    (((coalesce(new_row, old_row) ->> 'body_id')::bigint), id) where table_name = 'mandate';

-- Trigger arguments: the owner's table and the column holding its id (both optional), and the column that
-- identifies the row (default id; the source_id of a citation, whose table has a composite key).
create function log_record_change() returns trigger language plpgsql as $$
declare
    old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    this_row jsonb := coalesce(new_row, old_row);
begin
    -- A save that changes nothing but the time of saving is no change.
    if tg_op = 'UPDATE' and (old_row - 'updated_at') = (new_row - 'updated_at') then
        return null;
    end if;
    insert into record_change (table_name, record_id, owner_table, owner_id, operation, author, old_row, new_row)
    values (tg_table_name,
            (this_row ->> coalesce(tg_argv[2], 'id'))::bigint,
            tg_argv[0],
            case when tg_argv[1] is not null then (this_row ->> tg_argv[1])::bigint end,
            tg_op,
            left(coalesce(nullif(current_setting('defence_tracker.author', true), ''), 'system'), 100),
            old_row,
            new_row);
    return null;
end
$$;

create trigger trg_log_government_body after insert or update or delete on government_body
    for each row execute function log_record_change();
create trigger trg_log_source after insert or update or delete on source
    for each row execute function log_record_change();
create trigger trg_log_legal_act after insert or update or delete on legal_act
    for each row execute function log_record_change();
create trigger trg_log_act_stage after insert or update or delete on act_stage
    for each row execute function log_record_change('legal_act', 'act_id');
create trigger trg_log_act_relation after insert or update or delete on act_relation
    for each row execute function log_record_change('legal_act', 'from_act_id');
create trigger trg_log_act_source after insert or update or delete on act_source
    for each row execute function log_record_change('legal_act', 'act_id', 'source_id');
create trigger trg_log_mandate after insert or update or delete on mandate
    for each row execute function log_record_change('legal_act', 'act_id');
create trigger trg_log_airspace_incident after insert or update or delete on airspace_incident
    for each row execute function log_record_change();
create trigger trg_log_incident_source after insert or update or delete on incident_source
    for each row execute function log_record_change('airspace_incident', 'incident_id', 'source_id');
create trigger trg_log_statement after insert or update or delete on statement
    for each row execute function log_record_change();
create trigger trg_log_statement_source after insert or update or delete on statement_source
    for each row execute function log_record_change('statement', 'statement_id', 'source_id');

-- The timeline as it was recorded: every version of every entry with the time it was current,
-- [recorded_from, recorded_to), and the citations it had then. recorded_to is null for the current version.
-- Times are transaction times: the versions one transaction writes collapse into one, and a version that lived
-- only inside a transaction (written, then deleted or changed back) was never seen and is not kept.
create table timeline_entry_history (
    entry_id          bigint       not null,
    entry_key         varchar(120) not null,
    kind              varchar(16)  not null,
    subtype           varchar(32)  not null,
    date_on           date         not null,
    date_end          date         not null,
    date_precision    varchar(8)   not null,
    date_approximate  boolean      not null,
    title             varchar(500) not null,
    summary           varchar(1000),
    path              varchar(200) not null,
    body_id           bigint,
    body_name         varchar(300),
    region_code       varchar(8),
    origin            varchar(2),
    attribution       varchar(16),
    recorded_at       timestamptz  not null,
    updated_at        timestamptz  not null,
    region_name       varchar(120),
    latitude          numeric(8, 5),
    longitude         numeric(8, 5),
    geo_precision     varchar(16),
    sources           jsonb        not null default '[]',
    recorded_from     timestamptz  not null,
    recorded_to       timestamptz,
    constraint pk_timeline_entry_history primary key (entry_id, recorded_from),
    constraint ck_timeline_history_period check (date_end >= date_on)
);

insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end, date_precision,
    date_approximate, title, summary, path, body_id, body_name, region_code, origin, attribution, recorded_at,
    updated_at, region_name, latitude, longitude, geo_precision, sources, recorded_from)
select e.id, e.entry_key, e.kind, e.subtype, e.date_on, e.date_end, e.date_precision, e.date_approximate, e.title,
       e.summary, e.path, e.body_id, e.body_name, e.region_code, e.origin, e.attribution, e.recorded_at,
       e.updated_at, e.region_name, e.latitude, e.longitude, e.geo_precision,
       coalesce((select jsonb_agg(jsonb_build_object('publisher', s.publisher, 'title', s.title, 'url', s.url,
                                                     'published', s.published) order by s.position)
                   from timeline_entry_source s where s.entry_id = e.id), '[]'),
       e.recorded_at
  from timeline_entry e;

-- The as-of query walks the versions newest date first and keeps those current at its moment; for any recent
-- moment that is nearly all of them, so an index on recorded_from would not narrow it. The triggers find an
-- entry's versions through the primary key; an index on recorded_from would tempt the planner to look up "the
-- versions this transaction opened" through it, which during a bulk import is every row written so far.
create index ix_timeline_history_order on timeline_entry_history (date_on desc, entry_id desc);

-- When a version opened in this transaction ends up equal to the one this transaction closed (a save that
-- rewrote the citations unchanged, a title changed and changed back), the closed one is simply current again.
create function settle_timeline_entry_history(entries bigint[]) returns void language plpgsql as $$
begin
    with same as (
        select o.entry_id, o.recorded_from as opened_from, p.recorded_from as closed_from
          from timeline_entry_history o
          join timeline_entry_history p on p.entry_id = o.entry_id and p.recorded_to = now()
         where o.entry_id = any (entries)
           and o.recorded_to is null
           and o.recorded_from = now()
           and (to_jsonb(o) - 'recorded_from' - 'recorded_to' - 'updated_at')
               = (to_jsonb(p) - 'recorded_from' - 'recorded_to' - 'updated_at')),
    dropped as (
        delete from timeline_entry_history h using same
         where h.entry_id = same.entry_id and h.recorded_from = same.opened_from)
    update timeline_entry_history h set recorded_to = null
      from same
     where h.entry_id = same.entry_id and h.recorded_from = same.closed_from;
end
$$;

create function keep_timeline_entry_history() returns trigger language plpgsql as $$
declare
    kept_sources jsonb;
begin
    if tg_op = 'INSERT' then
        -- The citations follow in their own statements; their trigger fills them in.
        insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end, date_precision,
            date_approximate, title, summary, path, body_id, body_name, region_code, origin, attribution,
            recorded_at, updated_at, region_name, latitude, longitude, geo_precision, sources, recorded_from)
        values (new.id, new.entry_key, new.kind, new.subtype, new.date_on, new.date_end, new.date_precision,
            new.date_approximate, new.title, new.summary, new.path, new.body_id, new.body_name, new.region_code,
            new.origin, new.attribution, new.recorded_at, new.updated_at, new.region_name, new.latitude,
            new.longitude, new.geo_precision, '[]', now());
    elsif tg_op = 'UPDATE' then
        if (to_jsonb(old) - 'updated_at') = (to_jsonb(new) - 'updated_at') then
            return null;
        end if;
        update timeline_entry_history
           set entry_key = new.entry_key, kind = new.kind, subtype = new.subtype, date_on = new.date_on,
               date_end = new.date_end, date_precision = new.date_precision,
               date_approximate = new.date_approximate, title = new.title, summary = new.summary,
               path = new.path, body_id = new.body_id, body_name = new.body_name, region_code = new.region_code,
               origin = new.origin, attribution = new.attribution, recorded_at = new.recorded_at,
               updated_at = new.updated_at, region_name = new.region_name, latitude = new.latitude,
               longitude = new.longitude, geo_precision = new.geo_precision
         where entry_id = new.id and recorded_to is null and recorded_from = now();
        if not found then
            update timeline_entry_history set recorded_to = now()
             where entry_id = old.id and recorded_to is null
            returning sources into kept_sources;
            insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end,
                date_precision, date_approximate, title, summary, path, body_id, body_name, region_code, origin,
                attribution, recorded_at, updated_at, region_name, latitude, longitude, geo_precision, sources,
                recorded_from)
            values (new.id, new.entry_key, new.kind, new.subtype, new.date_on, new.date_end, new.date_precision,
                new.date_approximate, new.title, new.summary, new.path, new.body_id, new.body_name,
                new.region_code, new.origin, new.attribution, new.recorded_at, new.updated_at, new.region_name,
                new.latitude, new.longitude, new.geo_precision, coalesce(kept_sources, '[]'), now());
        end if;
        perform settle_timeline_entry_history(array[new.id]);
    else
        delete from timeline_entry_history where entry_id = old.id and recorded_to is null and recorded_from = now();
        update timeline_entry_history set recorded_to = now() where entry_id = old.id and recorded_to is null;
    end if;
    return null;
end
$$;

create trigger trg_keep_timeline_entry_history after insert or update or delete on timeline_entry
    for each row execute function keep_timeline_entry_history();

-- Citations change a statement at a time (bulk imports write thousands per statement), so their trigger works on
-- the statement's rows as a set: the current version of each entry touched gets the citations it has now.
create function keep_timeline_source_history() returns trigger language plpgsql as $$
declare
    touched bigint[];
begin
    select array_agg(distinct entry_id) into touched from changed;
    if touched is null then
        return null;
    end if;
    with now_held as (
        select t.entry_id,
               coalesce((select jsonb_agg(jsonb_build_object('publisher', s.publisher, 'title', s.title,
                                                             'url', s.url, 'published', s.published)
                                          order by s.position)
                           from timeline_entry_source s where s.entry_id = t.entry_id), '[]') as sources
          from unnest(touched) as t(entry_id)),
    -- Versions opened in this transaction change in place.
    in_place as (
        update timeline_entry_history h set sources = n.sources
          from now_held n
         where h.entry_id = n.entry_id and h.recorded_to is null and h.recorded_from = now()
           and h.sources <> n.sources),
    -- Older versions are closed and followed by one with the new citations.
    closed as (
        update timeline_entry_history h set recorded_to = now()
          from now_held n
         where h.entry_id = n.entry_id and h.recorded_to is null and h.recorded_from < now()
           and h.sources <> n.sources
        returning h.*, n.sources as new_sources)
    insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end, date_precision,
        date_approximate, title, summary, path, body_id, body_name, region_code, origin, attribution, recorded_at,
        updated_at, region_name, latitude, longitude, geo_precision, sources, recorded_from)
    select entry_id, entry_key, kind, subtype, date_on, date_end, date_precision, date_approximate, title, summary,
           path, body_id, body_name, region_code, origin, attribution, recorded_at, updated_at, region_name, latitude,
           longitude, geo_precision, new_sources, now()
      from closed;
    perform settle_timeline_entry_history(touched);
    return null;
end
$$;

create trigger trg_keep_timeline_source_history_insert after insert on timeline_entry_source
    referencing new table as changed for each statement execute function keep_timeline_source_history();
create trigger trg_keep_timeline_source_history_update after update on timeline_entry_source
    referencing new table as changed for each statement execute function keep_timeline_source_history();
create trigger trg_keep_timeline_source_history_delete after delete on timeline_entry_source
    referencing old table as changed for each statement execute function keep_timeline_source_history();
