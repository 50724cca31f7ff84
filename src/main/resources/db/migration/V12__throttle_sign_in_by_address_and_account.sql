-- Failed sign-ins are counted per client address and account together, so that failures from one address never
-- keep the account's owner, signing in from another, out. Earlier rows name no address; they are only minutes old
-- by design and are dropped.
delete from sign_in_failure;
alter table sign_in_failure add column client_address varchar(64) not null;
drop index ix_sign_in_failure_username;
create index ix_sign_in_failure_address_username on sign_in_failure (client_address, lower(username), failed_at);
create index ix_sign_in_failure_address on sign_in_failure (client_address, failed_at);
create index ix_sign_in_failure_failed_at on sign_in_failure (failed_at);
