-- The bodies' list pages through the top-level bodies in the lists' order (country, English name, id) by keyset.
create index ix_body_listed_roots on government_body (country, name_en, id)
    where parent_id is null and archived_at is null;
