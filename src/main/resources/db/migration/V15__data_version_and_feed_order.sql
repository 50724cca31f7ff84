-- The version of everything the pages and the API show: one number, raised by the database itself in every
-- transaction that changes a record, the timeline or what is derived from them, so that every instance of the app
-- answers a conditional request (If-None-Match) from it with one tiny query and no stale page.
create table data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);

insert into data_version (version) values (1);

-- Raised once per transaction (a transaction-local setting remembers it), whatever its number of statements: the row
-- stays locked only from the first change to the commit, and a transaction that rolls back leaves it as it was.
create function bump_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('defence_tracker.data_version_raised', true) = 'yes' then
        return null;
    end if;
    update data_version set version = version + 1;
    perform set_config('defence_tracker.data_version_raised', 'yes', true);
    return null;
end
$$;

-- Every table of content; not the accounts, sessions and sign-in throttle, which change as people sign in and do not
-- change what is shown. A table added later gets the same trigger in its own migration.
do $$
declare
    t text;
begin
    for t in
        select tablename from pg_tables
         where schemaname = current_schema()
           and tablename not in ('data_version', 'flyway_schema_history', 'account', 'spring_session',
                                 'spring_session_attributes', 'sign_in_failure')
    loop
        execute format('create trigger trg_bump_data_version after insert or update or delete or truncate on %I'
                       || ' for each statement execute function bump_data_version()', t);
    end loop;
end
$$;

-- The feed lists the latest recorded or changed entries: walked in this order, its 50 entries are read from the top
-- of the index instead of sorting the whole timeline (updated_at is set when an entry is recorded, and never null).
create index ix_timeline_changed on timeline_entry (updated_at desc, id desc);
