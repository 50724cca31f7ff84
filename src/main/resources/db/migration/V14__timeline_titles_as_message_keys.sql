-- Titles the application composes (a stage of an act, a change of mandate, a statement) are kept as a message key
-- and its arguments, so that a page composes them in its reader's language; a second language is then a bundle,
-- not a migration. The English composition stays in title, for the word filter and for entries without a key
-- (an incident's title is the editor's own words). Arguments are a JSON array of texts, numbers and {"key": …}
-- terms that are themselves put in the reader's language.
alter table timeline_entry add column title_key varchar(60), add column title_args jsonb;
alter table timeline_entry_history add column title_key varchar(60), add column title_args jsonb;

-- The entries written so far get their key and arguments back from their English titles. This is no change of
-- the timeline, so the versions kept for "as recorded on" are rewritten in place rather than as new versions.
-- The two functions stay, so that a test can check that every English title reads back into itself.
create function legacy_timeline_title_key(kind varchar, subtype varchar, title varchar) returns varchar
    language sql immutable as $$
    select case
        when kind = 'ACT_STAGE' and title ~ '^(Decree|Law|Resolution|Order) [a-z][^:]*: ' then 'entry.stage.' || subtype
        when kind = 'MANDATE_CHANGE' and title ~ ': \d+ dut(y|ies) (granted|withdrawn) by ' then 'entry.mandate.' || subtype
        when kind = 'STATEMENT' and title ~ '^Claim by ' then 'entry.statement.CLAIM'
        when kind = 'STATEMENT' and title ~ '^Statement by ' then 'entry.statement.ASSERTS'
        when kind = 'STATEMENT' and title ~ '^Confirmation by ' then 'entry.statement.CONFIRMS'
        when kind = 'STATEMENT' and title ~ '^Denial by ' then 'entry.statement.DENIES'
    end
$$;

create function legacy_timeline_title_args(kind varchar, title varchar) returns jsonb language sql immutable as $$
    select case kind
        when 'ACT_STAGE' then jsonb_build_array(
            jsonb_build_object('key', 'act.kind.' || upper(split_part(title, ' ', 1))),
            substring(title from position(': ' in title) + 2))
        when 'MANDATE_CHANGE' then (
            select jsonb_build_array(m[1], m[2]::bigint, m[3])
              from regexp_match(title, '^(.*): (\d+) dut(?:y|ies) (?:granted|withdrawn) by (.*)$') m)
        when 'STATEMENT' then jsonb_build_array(substring(title from position(' by ' in title) + 4))
    end
$$;

alter table timeline_entry disable trigger trg_keep_timeline_entry_history;

update timeline_entry
   set title_key = legacy_timeline_title_key(kind, subtype, title),
       title_args = legacy_timeline_title_args(kind, title)
 where legacy_timeline_title_key(kind, subtype, title) is not null;

update timeline_entry_history
   set title_key = legacy_timeline_title_key(kind, subtype, title),
       title_args = legacy_timeline_title_args(kind, title)
 where legacy_timeline_title_key(kind, subtype, title) is not null;

alter table timeline_entry enable trigger trg_keep_timeline_entry_history;
