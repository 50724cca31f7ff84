-- A change of citations alone closed an entry's version and opened one without its title's message key and
-- arguments (the trigger's column list predated them), so "as recorded on" showed those entries in English
-- whatever the reader's language. Each such version takes the key back from the version it followed, whose title
-- it repeats word for word; a chain of such changes is walked one link per round. This is no change of the
-- timeline, so the versions are mended in place.
do $$
declare
    mended integer;
begin
    loop
        update timeline_entry_history h
           set title_key = p.title_key, title_args = p.title_args
          from timeline_entry_history p
         where h.title_key is null
           and p.entry_id = h.entry_id
           and p.recorded_to = h.recorded_from
           and p.title_key is not null
           and p.title = h.title;
        get diagnostics mended = row_count;
        exit when mended = 0;
    end loop;
end
$$;
