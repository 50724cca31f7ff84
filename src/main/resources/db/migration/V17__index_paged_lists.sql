-- The lists of acts and sources are read a page at a time, newest first, below a cursor (keyset paging): each
-- order a list pages by gets an index in that order, holding only the records the list shows.
create index ix_act_listed_by_kind on legal_act (kind, id desc) where archived_at is null;
create index ix_act_listed_by_issuer on legal_act (issuing_body_id, id desc) where archived_at is null;
create index ix_act_archived on legal_act (id desc) where archived_at is not null;
create index ix_source_listed on source (date_on desc nulls last, id desc) where archived_at is null;
create index ix_source_archived on source (id desc) where archived_at is not null;
