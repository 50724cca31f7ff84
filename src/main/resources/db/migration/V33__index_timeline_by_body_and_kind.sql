-- A body's entries of one kind (its page's statements, the timeline filtered by body and kind) in date order. The
-- body's own index gives them in order among all its kinds: a body that issued thousands of acts but made no
-- statement was read whole, tens of thousands of rows, to find none.
create index ix_timeline_body_kind on timeline_entry (body_id, kind, date_on desc, id desc) where body_id is not null;
