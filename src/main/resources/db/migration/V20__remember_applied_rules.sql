-- Rules whose results the timeline stores (the attribution an incident's claim ledger supports) are applied to
-- every stored entry again only when the rule changed: this remembers which version each rule was last applied at.
create table applied_rule (
    name        varchar(64) not null,
    version     integer     not null,
    applied_at  timestamptz not null,
    constraint pk_applied_rule primary key (name)
);
