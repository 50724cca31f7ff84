-- A source may have no known publication date; then it has no precision and no "approximate" flag either.
alter table source alter column date_approximate drop not null;
alter table source alter column date_approximate drop default;
alter table source add constraint ck_source_date_approximate
    check ((date_on is null) = (date_approximate is null));
