-- Publicity (公示): a list of names published for a number of working days; objections (举报) received while it is
-- open, each verified by the discipline commission. The period's end is computed once by the working-day calendar and
-- kept here: the process's timer waits for ends_at, and the objection endpoints refuse anything received after it.
create table publicity (
  id                  varchar(64)  primary key,
  election_id         varchar(64)  not null references election (id),
  electoral_unit_id   varchar(64)  not null,
  subject             varchar(32)  not null,  -- publicity.PublicitySubject: what is published (INITIAL_CANDIDATES …)
  published_on        date         not null,
  working_days        int          not null,
  first_day           date         not null,  -- day 1: the first working day after published_on
  last_day            date         not null,
  ends_at             timestamp    not null,  -- 24:00 Asia/Shanghai of last_day
  opened_by           varchar(64)  not null,
  opened_at           timestamp    not null,
  process_instance_id varchar(64),            -- the PublicityProcess instance, once it started
  closed_at           timestamp               -- when the process closed the period (its timer fired)
);
create index publicity_election on publicity (election_id);

-- The names as published, in their order.
create table publicity_name (
  publicity_id varchar(64) not null references publicity (id),
  member_id    varchar(64) not null,
  position     int         not null,
  primary key (publicity_id, member_id)
);

-- One objection: from the public endpoint (channel PUBLIC, with the client's address) or entered by staff (PHONE,
-- LETTER, SMS, HOTLINE, with who entered it); its verification's conclusion once the discipline commission gave it.
create table publicity_objection (
  id             varchar(64)   primary key,
  publicity_id   varchar(64)   not null references publicity (id),
  member_id      varchar(64)   not null,
  channel        varchar(16)   not null,
  content        varchar(2000) not null,
  contact        varchar(100),
  client_address varchar(64),
  entered_by     varchar(64),
  received_at    timestamp     not null,
  conclusion     varchar(32),              -- publicity.Conclusion; null while the verification is open
  findings       varchar(4000),
  concluded_by   varchar(64),
  concluded_at   timestamp
);
create index publicity_objection_publicity on publicity_objection (publicity_id, received_at);
