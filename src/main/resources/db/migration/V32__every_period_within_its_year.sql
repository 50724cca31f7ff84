-- Every timeline entry's period lies within one calendar year: a year-precision date is its whole year, a month's
-- its month, a day itself. Listings from a date rely on it to walk the date index from that date's year rather
-- than from a year earlier (a year of entries read for nothing on every window of the drawing).
alter table timeline_entry
    add constraint ck_timeline_period_within_a_year check (date_on >= date_trunc('year', date_end)::date);
