-- The timeline read model learns where incidents are (for the map) and keeps exact counts per month and filter
-- dimension, so that facet counts and charts stay fast with millions of entries. The counts are kept by a
-- trigger: no writer can forget them, and they change in the same transaction as the entries.

alter table timeline_entry
    add column region_name   varchar(120),
    add column latitude      numeric(8, 5),
    add column longitude     numeric(8, 5),
    add column geo_precision varchar(16);

update timeline_entry e set region_name = r.name_en from region r where r.code = e.region_code;

-- An incident's point: its own coordinates, else its region's centre standing for the region.
update timeline_entry e
   set latitude = coalesce(i.latitude, r.centre_lat),
       longitude = coalesce(i.longitude, r.centre_lon),
       geo_precision = case
           when i.latitude is not null then i.geo_precision
           when r.code is not null then 'REGION'
           else i.geo_precision end
  from airspace_incident i
  left join region r on r.code = i.region_code
 where e.entry_key = 'incident:' || i.id;

create table timeline_month_count (
    on_month     date        not null,
    end_month    date        not null,
    kind         varchar(16) not null,
    body_id      bigint,
    region_code  varchar(8),
    origin       varchar(2),
    attribution  varchar(16),
    n            bigint      not null,
    constraint ux_timeline_month_count unique nulls not distinct
        (on_month, end_month, kind, body_id, region_code, origin, attribution)
);

insert into timeline_month_count (on_month, end_month, kind, body_id, region_code, origin, attribution, n)
select date_trunc('month', date_on)::date, date_trunc('month', date_end)::date, kind, body_id, region_code, origin,
       attribution, count(*)
from timeline_entry
group by 1, 2, 3, 4, 5, 6, 7;

create function count_timeline_entry() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update timeline_month_count
           set n = n - 1
         where on_month = date_trunc('month', old.date_on)::date
           and end_month = date_trunc('month', old.date_end)::date
           and kind = old.kind
           and body_id is not distinct from old.body_id
           and region_code is not distinct from old.region_code
           and origin is not distinct from old.origin
           and attribution is not distinct from old.attribution;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into timeline_month_count (on_month, end_month, kind, body_id, region_code, origin, attribution, n)
        values (date_trunc('month', new.date_on)::date, date_trunc('month', new.date_end)::date, new.kind,
                new.body_id, new.region_code, new.origin, new.attribution, 1)
        on conflict (on_month, end_month, kind, body_id, region_code, origin, attribution)
        do update set n = timeline_month_count.n + 1;
    end if;
    return null;
end
$$;

create trigger trg_count_timeline_entry
    after insert or delete or update of date_on, date_end, kind, body_id, region_code, origin, attribution
    on timeline_entry
    for each row execute function count_timeline_entry();

create index ix_timeline_month_count_kind on timeline_month_count (kind, on_month);
