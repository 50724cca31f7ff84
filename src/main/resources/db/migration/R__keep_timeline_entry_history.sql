-- Keeps the versions of the timeline's entries (table and reasoning in V7__record_history.sql). A repeatable
-- migration: the function is replaced whenever this file changes, so a change is made here, not in a copy.
create or replace function keep_timeline_entry_history() returns trigger language plpgsql as $$
declare
    kept_sources jsonb;
begin
    if tg_op = 'INSERT' then
        -- The citations follow in their own statements; their trigger fills them in.
        insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end, date_precision,
            date_approximate, title, title_key, title_args, summary, path, body_id, body_name, region_code, origin,
            attribution, recorded_at, updated_at, region_name, latitude, longitude, geo_precision, sources,
            recorded_from)
        values (new.id, new.entry_key, new.kind, new.subtype, new.date_on, new.date_end, new.date_precision,
            new.date_approximate, new.title, new.title_key, new.title_args, new.summary, new.path, new.body_id, new.body_name, new.region_code,
            new.origin, new.attribution, new.recorded_at, new.updated_at, new.region_name, new.latitude,
            new.longitude, new.geo_precision, '[]', now());
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
               longitude = new.longitude, geo_precision = new.geo_precision
         where entry_id = new.id and recorded_to is null and recorded_from = now();
        if not found then
            update timeline_entry_history set recorded_to = now()
             where entry_id = old.id and recorded_to is null
            returning sources into kept_sources;
            insert into timeline_entry_history (entry_id, entry_key, kind, subtype, date_on, date_end,
                date_precision, date_approximate, title, title_key, title_args, summary, path, body_id, body_name,
                region_code, origin, attribution, recorded_at, updated_at, region_name, latitude, longitude,
                geo_precision, sources, recorded_from)
            values (new.id, new.entry_key, new.kind, new.subtype, new.date_on, new.date_end, new.date_precision,
                new.date_approximate, new.title, new.title_key, new.title_args, new.summary, new.path, new.body_id, new.body_name,
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
