-- An entry's texts in Russian and Kazakh, beside the English ones it has always held: its summary (an act's summary,
-- an incident's description) and the name of its body, as {"summary": {"ru": …, "kk": …}, "body": {"ru": …, "kk": …}}
-- (null where the record has none). Names inside titles travel in title_args as {"en": …, "ru": …, "kk": …}.
alter table timeline_entry add column translations jsonb;
alter table timeline_entry_history add column translations jsonb;

-- The timeline's words now hold every language's: a Russian or Kazakh word finds the entry whose title or summary
-- holds it in that language, as an English one finds it through the English text.
drop index ix_timeline_words;
alter table timeline_entry drop column words;
alter table timeline_entry add column words tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('simple', title), 'A')
    || setweight(jsonb_to_tsvector('russian'::regconfig, coalesce(title_args, '[]'), '["string"]'), 'A')
    || setweight(jsonb_to_tsvector('simple'::regconfig, coalesce(title_args, '[]'), '["string"]'), 'A')
    || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
    || setweight(to_tsvector('simple', coalesce(summary, '')), 'B')
    || setweight(jsonb_to_tsvector('russian'::regconfig, coalesce(translations -> 'summary', '{}'), '["string"]'), 'B')
    || setweight(jsonb_to_tsvector('simple'::regconfig, coalesce(translations -> 'summary', '{}'), '["string"]'), 'B'))
    stored;
create index ix_timeline_words on timeline_entry using gin (words);
