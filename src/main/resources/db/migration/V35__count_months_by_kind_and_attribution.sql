-- The monthly counts by kind and attribution alone: what the count of a view, its kinds and attributions and its
-- monthly chart read when no body, region or origin narrows it, the most common views. The monthly counts of every
-- dimension hold about 10,000 rows a year (each body, region and origin apart), and a view starting five years back
-- read 50,000 of them to count its kinds (22 ms); this table holds a few dozen a year. Kept by the same trigger.
create table timeline_month_kind_count (
    on_month    date        not null,
    end_month   date        not null,
    kind        varchar(16) not null,
    attribution varchar(16),
    n           bigint      not null,
    constraint ux_timeline_month_kind_count unique nulls not distinct (on_month, end_month, kind, attribution)
);

insert into timeline_month_kind_count (on_month, end_month, kind, attribution, n)
select on_month, end_month, kind, attribution, sum(n)
from timeline_month_count
group by 1, 2, 3, 4;

create or replace function count_timeline_entry() returns trigger language plpgsql as $$
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
        update timeline_month_kind_count
           set n = n - 1
         where on_month = date_trunc('month', old.date_on)::date
           and end_month = date_trunc('month', old.date_end)::date
           and kind = old.kind
           and attribution is not distinct from old.attribution;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into timeline_month_count (on_month, end_month, kind, body_id, region_code, origin, attribution, n)
        values (date_trunc('month', new.date_on)::date, date_trunc('month', new.date_end)::date, new.kind,
                new.body_id, new.region_code, new.origin, new.attribution, 1)
        on conflict (on_month, end_month, kind, body_id, region_code, origin, attribution)
        do update set n = timeline_month_count.n + 1;
        insert into timeline_month_kind_count (on_month, end_month, kind, attribution, n)
        values (date_trunc('month', new.date_on)::date, date_trunc('month', new.date_end)::date, new.kind,
                new.attribution, 1)
        on conflict (on_month, end_month, kind, attribution)
        do update set n = timeline_month_kind_count.n + 1;
    end if;
    return null;
end
$$;
