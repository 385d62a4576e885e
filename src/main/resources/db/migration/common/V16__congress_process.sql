-- The conference as a process (congress-election.bpmn): who the scrutineers are among the voters, the record of the
-- list explained and the candidates introduced, the results filed with the upper committee, and the credentials
-- review of every elected delegate.

-- A scrutineer is elected from the voters (a member who is not a candidate); counters need not be voters.
alter table congress_staff add column member_id varchar(64);

-- The candidate list explained and the candidates introduced to the conference (recorded once).
create table congress_introduction (
  election_id   varchar(64)   not null references election (id),
  explained_by  varchar(100)  not null,
  introduction  varchar(4000) not null,
  recorded_by   varchar(64)   not null,
  recorded_at   timestamp     not null,
  primary key (election_id)
);

-- Each filing of the results with the upper committee (report, roster and registration forms): a later filing
-- follows a re-election after the credentials review; none is overwritten.
create table congress_filing (
  election_id  varchar(64)   not null references election (id),
  filing_no    integer       not null,
  delegates    integer       not null,
  names        varchar(4000) not null,
  filed_by     varchar(64)   not null,
  filed_at     timestamp     not null,
  primary key (election_id, filing_no)
);

-- The upper congress's credentials committee on each elected delegate, per round that elected them (a delegate
-- elected again after a wrong procedure is reviewed again).
create table congress_credential (
  election_id   varchar(64)   not null references election (id),
  member_id     varchar(64)   not null,
  round_no      integer       not null,
  decision      varchar(16)   not null,  -- CONFIRMED, INVALID
  invalid_kind  varchar(24),             -- WRONG_PROCEDURE (that election repeated), NOT_QUALIFIED (replaced)
  reason        varchar(2000),
  decided_by    varchar(64)   not null,
  decided_at    timestamp     not null,
  primary key (election_id, member_id, round_no)
);
