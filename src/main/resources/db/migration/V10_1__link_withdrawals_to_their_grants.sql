-- A withdrawal names the grant it closed, so that a body's diff can name the act that took a duty away and a
-- duty is withdrawn once only. Withdrawals recorded before this link find their grant as the dump export did:
-- the grant of the same body and duty that the withdrawal ended the day before it took effect (the first
-- withdrawal of a grant keeps the link if two ever claimed the same one).
alter table mandate add column withdraws_id bigint;

with matched as (
    select w.id as withdrawal_id,
           (select g.id from mandate g
             where g.change = 'GRANTED' and g.body_id = w.body_id and g.duty = w.duty
               and g.valid_from < w.valid_from and g.valid_to = w.valid_from - 1
             order by g.id limit 1) as grant_id
      from mandate w
     where w.change = 'WITHDRAWN'
), first_of_grant as (
    select distinct on (grant_id) withdrawal_id, grant_id
      from matched
     where grant_id is not null
     order by grant_id, withdrawal_id
)
update mandate m set withdraws_id = f.grant_id from first_of_grant f where m.id = f.withdrawal_id;

-- A grant removed through its own act's form leaves the withdrawal on record, unlinked, as before.
alter table mandate add constraint fk_mandate_withdraws foreign key (withdraws_id) references mandate (id)
    on delete set null;
alter table mandate add constraint ck_mandate_withdraws check (withdraws_id is null or change = 'WITHDRAWN');
create unique index ux_mandate_withdraws on mandate (withdraws_id) where withdraws_id is not null;
