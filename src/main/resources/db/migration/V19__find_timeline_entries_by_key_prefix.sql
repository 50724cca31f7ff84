-- A record's entries are replaced and pruned by their key's prefix ("act-stage:12:") on every save. The unique
-- index on entry_key follows the database's collation, which cannot answer "starts with"; this one keeps the
-- keys in byte order, where the keys starting with a prefix are one range.
create index ix_timeline_entry_key_bytes on timeline_entry (entry_key collate "C");
