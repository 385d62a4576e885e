-- A name taken off the campaign, at whatever stage: vetoed at inspection, removed after an objection in publicity,
-- excluded for a confirmed discipline violation. Every list read after the removal leaves the name out. Never deleted:
-- a removal is part of the legal record (the audit log holds who decided it as well).
create table candidate_removal (
  election_id  varchar(64)   not null references election (id),
  member_id    varchar(64)   not null,
  stage        varchar(32)   not null,  -- election.Stage the person was at
  rule         varchar(64)   not null,  -- stable code: INSPECTION_VETO, OBJECTION_SUBSTANTIATED, DISCIPLINE_VIOLATION …
  reason       varchar(2000) not null,
  removed_by   varchar(64)   not null,
  removed_at   timestamp     not null,
  primary key (election_id, member_id)
);
