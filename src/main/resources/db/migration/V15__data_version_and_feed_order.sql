-- The version of everything the pages and the API show: one number, raised by the database itself in every
-- transaction that changes a record, the timeline or what is derived from them, so that every instance of the app
-- answers a conditional request (If-None-Match) from it with one tiny query and no stale page.
create table data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);

insert into data_version (version) values (1);

-- Raised once per transaction, at its commit: the first statement that changes content notes the transaction in
-- data_version_pending (a transaction-local setting remembers that it did), and a deferred trigger on that note
-- raises the version as the transaction commits. The version's row is so locked only while committing, never for
-- the length of a long import, and a transaction that rolls back (or a savepoint that does) leaves it as it was.
create unlogged table data_version_pending (
    id bigint primary key default txid_current()
);

create function note_data_change() returns trigger language plpgsql as $$
begin
    if current_setting('defence_tracker.data_changed', true) = 'yes' then
        return null;
    end if;
    insert into data_version_pending default values on conflict do nothing;
    perform set_config('defence_tracker.data_changed', 'yes', true);
    return null;
end
$$;

create function raise_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = version + 1;
    delete from data_version_pending where id = new.id;
    return null;
end
$$;

create constraint trigger trg_raise_data_version after insert on data_version_pending
    deferrable initially deferred
    for each row execute function raise_data_version();

-- Every table of content; not the accounts, sessions and sign-in throttle, which change as people sign in and do not
-- change what is shown. A table added later gets the same trigger in its own migration.
do $$
declare
    t text;
begin
    for t in
        select tablename from pg_tables
         where schemaname = current_schema()
           and tablename not in ('data_version', 'data_version_pending', 'flyway_schema_history', 'account', 'spring_session',
                                 'spring_session_attributes', 'sign_in_failure')
    loop
        execute format('create trigger trg_note_data_change after insert or update or delete or truncate on %I'
                       || ' for each statement execute function note_data_change()', t);
    end loop;
end
$$;

-- The feed lists the latest recorded or changed entries: walked in this order, its 50 entries are read from the top
-- of the index instead of sorting the whole timeline (updated_at is set when an entry is recorded, and never null).
create index ix_timeline_changed on timeline_entry (updated_at desc, id desc);
