-- Keeps the versions of the timeline's entries (table and reasoning in V7__record_history.sql). A repeatable
-- migration: the functions are replaced whenever this file changes, so a change is made here, not in a copy.
create or replace function keep_timeline_entry_history() returns trigger language plpgsql as $$
declare
    kept_sources jsonb;
begin
    if tg_op = 'INSERT' then
        -- The citations follow in their own statements; their trigger fills them in.
        insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end, date_precision,
            date_approximate, title, title_key, title_args, summary, path, body_id, body_name, region_code, origin,
            attribution, recorded_at, updated_at, region_name, latitude, longitude, geo_precision, translations, sources,
            recorded_from)
        values (new.id, new.entry_key, new.kind, new.subtype, new.date_on, new.date_end, new.date_precision,
            new.date_approximate, new.title, new.title_key, new.title_args, new.summary, new.path, new.body_id, new.body_name, new.region_code,
            new.origin, new.attribution, new.recorded_at, new.updated_at, new.region_name, new.latitude,
            new.longitude, new.geo_precision, new.translations, '[]', now());
    elsif tg_op = 'UPDATE' then
        if (to_jsonb(old) - 'updated_at') = (to_jsonb(new) - 'updated_at') then
            return null;
        end if;
        update timeline_entry_history
           set entry_key = new.entry_key, kind = new.kind, subtype = new.subtype, date_on = new.date_on,
               date_end = new.date_end, date_precision = new.date_precision,
               date_approximate = new.date_approximate, title = new.title, title_key = new.title_key,
               title_args = new.title_args, summary = new.summary,
               path = new.path, body_id = new.body_id, body_name = new.body_name, region_code = new.region_code,
               origin = new.origin, attribution = new.attribution, recorded_at = new.recorded_at,
               updated_at = new.updated_at, region_name = new.region_name, latitude = new.latitude,
               longitude = new.longitude, geo_precision = new.geo_precision,
               translations = new.translations
         where entry_id = new.id and recorded_to is null and recorded_from = now();
        if not found then
            update timeline_entry_history set recorded_to = now()
             where entry_id = old.id and recorded_to is null
            returning sources into kept_sources;
            insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end,
                date_precision, date_approximate, title, title_key, title_args, summary, path, body_id, body_name,
                region_code, origin, attribution, recorded_at, updated_at, region_name, latitude, longitude,
                geo_precision, translations, sources, recorded_from)
            values (new.id, new.entry_key, new.kind, new.subtype, new.date_on, new.date_end, new.date_precision,
                new.date_approximate, new.title, new.title_key, new.title_args, new.summary, new.path, new.body_id, new.body_name,
                new.region_code, new.origin, new.attribution, new.recorded_at, new.updated_at, new.region_name,
                new.latitude, new.longitude, new.geo_precision, new.translations, coalesce(kept_sources, '[]'), now());
        end if;
        perform settle_timeline_entry_history(array[new.id]);
    else
        delete from timeline_entry_history where entry_id = old.id and recorded_to is null and recorded_from = now();
        update timeline_entry_history set recorded_to = now() where entry_id = old.id and recorded_to is null;
    end if;
    return null;
end
$$;

-- Citations change a statement at a time (bulk imports write thousands per statement), so their trigger works on
-- the statement's rows as a set: the current version of each entry touched gets the citations it has now.
--
-- Planned afresh on every call: a connection keeps a function's plan once it has run a few times, and a plan made
-- while the history was nearly empty joins it row by row with the entries touched. A bulk write into a young
-- database (the first import, generated data) then compares every version with every entry: 10,000 entries
-- took 40 s where a fresh plan takes a fraction of one.
--
-- The versions opened in this transaction are found by their key (the entry and the moment it was opened), the
-- moment given as a column of the entries touched: written as "opened now" on its own, the planner read it as a
-- filter on the whole key index and compared each version opened in the transaction with each entry touched, which
-- grew with the table and the batch (6,000 generated entries took 6.8 s in a 500,000-entry database, 0.3 s since).
create or replace function keep_timeline_source_history() returns trigger language plpgsql
    set plan_cache_mode = force_custom_plan as $$
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
                           from timeline_entry_source s where s.entry_id = t.entry_id), '[]') as sources,
               now() as opened
          from unnest(touched) as t(entry_id)),
    -- Versions opened in this transaction change in place.
    in_place as (
        update timeline_entry_history h set sources = n.sources
          from now_held n
         where h.entry_id = n.entry_id and h.recorded_from = n.opened and h.recorded_to is null
           and h.sources <> n.sources),
    -- Older versions are closed and followed by one with the new citations and everything else they held.
    closed as (
        update timeline_entry_history h set recorded_to = now()
          from now_held n
         where h.entry_id = n.entry_id and h.recorded_to is null and h.recorded_from < now()
           and h.sources <> n.sources
        returning h.*, n.sources as new_sources)
    insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end, date_precision,
        date_approximate, title, title_key, title_args, summary, path, body_id, body_name, region_code, origin,
        attribution, recorded_at, updated_at, region_name, latitude, longitude, geo_precision, translations, sources,
        recorded_from)
    select entry_id, entry_key, kind, subtype, date_on, date_end, date_precision, date_approximate, title, title_key,
           title_args, summary, path, body_id, body_name, region_code, origin, attribution, recorded_at, updated_at,
           region_name, latitude, longitude, geo_precision, translations, new_sources, now()
      from closed;
    perform settle_timeline_entry_history(touched);
    return null;
end
$$;

-- When a version opened in this transaction ends up equal to the one this transaction closed (a save that
-- rewrote the citations unchanged, a title changed and changed back), the closed one is simply current again.
-- Planned afresh on every call, for the reason above: a bulk write hands it thousands of entries.
create or replace function settle_timeline_entry_history(entries bigint[]) returns void language plpgsql
    set plan_cache_mode = force_custom_plan as $$
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
