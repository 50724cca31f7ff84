-- Word queries choose their plan by how common the words are, and forgive British and American spelling.
--
-- How common a word is comes from the statistics ANALYZE keeps of each word vector (pg_stats.most_common_elems,
-- which holds every lexeme of more than a small share of the rows): counts kept by triggers would update the same
-- few rows (the frequent words) once per written row, and a transaction writing thousands of entries then slows
-- to milliseconds a row as each update walks the versions the transaction already made.
--
-- A search for a frequent word ranks only the newest of its documents: walked in date order.
create index ix_search_document_date on search_document (date_on desc nulls last, kind, record_id desc)
    where not archived;

-- British and American spellings of the same word. A query's word matches either: search_query rewrites each
-- spelling's lexemes (as the english and the simple configurations read them) to both, so the documents keep
-- their words as written.
create table spelling_variant (
    british   varchar(40) not null,
    american  varchar(40) not null,
    constraint pk_spelling_variant primary key (british)
);

insert into spelling_variant (british, american) values
    ('defence', 'defense'), ('defences', 'defenses'), ('offence', 'offense'), ('licence', 'license'),
    ('organisation', 'organization'), ('organisations', 'organizations'), ('organise', 'organize'),
    ('organised', 'organized'), ('programme', 'program'), ('programmes', 'programs'),
    ('authorisation', 'authorization'), ('authorise', 'authorize'), ('authorised', 'authorized'),
    ('mobilisation', 'mobilization'), ('mobilise', 'mobilize'), ('militarisation', 'militarization'),
    ('demilitarisation', 'demilitarization'), ('modernisation', 'modernization'), ('centre', 'center'),
    ('centres', 'centers'), ('harmonisation', 'harmonization'), ('labour', 'labor'), ('manoeuvre', 'maneuver'),
    ('manoeuvres', 'maneuvers'), ('armour', 'armor'), ('armoured', 'armored'), ('honour', 'honor'),
    ('behaviour', 'behavior'), ('neighbouring', 'neighboring'), ('catalogue', 'catalog'), ('analyse', 'analyze'),
    ('recognise', 'recognize'), ('recognised', 'recognized'), ('characterise', 'characterize'),
    ('jewellery', 'jewelry'), ('travelled', 'traveled'), ('cancelled', 'canceled'), ('fulfil', 'fulfill'),
    ('enrolment', 'enrollment'), ('aeroplane', 'airplane'), ('grey', 'gray'), ('kilometre', 'kilometer'),
    ('kilometres', 'kilometers'), ('metre', 'meter'), ('metres', 'meters'), ('theatre', 'theater');

-- Each spelling's lexeme, and what it is rewritten to: itself or the other spelling's.
create view spelling_rewrite as
select distinct p.target, p.target || p.other as substitute
  from spelling_variant v
 cross join (values ('english'::regconfig), ('simple'::regconfig)) as c(config)
 cross join lateral (values (to_tsquery(c.config, v.british), to_tsquery(c.config, v.american)),
                            (to_tsquery(c.config, v.american), to_tsquery(c.config, v.british))) as p(target, other)
 where p.target <> p.other;

-- Immutable as before, so that the planner reads a query's words once, when it plans; the variants change only
-- with a migration. Parallel restricted: the rewrite reads its rules with a query, which only the leader may run.
create or replace function search_query(words text) returns tsquery
    language sql immutable parallel restricted
    return ts_rewrite(websearch_to_tsquery('english', words)
        || websearch_to_tsquery('russian', words)
        || websearch_to_tsquery('simple', words), 'select target, substitute from spelling_rewrite');
