-- Branch nomination (一上, branch level): the branch meeting's record, its nominees, and the five must-knows the branch
-- confirms. One row per (election, branch); the process holds ids only.
create table branch_submission (
  election_id              varchar(64)   not null references election (id),
  branch_id                varchar(64)   not null references organization (id),
  status                   varchar(16)   not null,  -- DRAFT, SUBMITTED, SENT_BACK
  expected                 int           not null,  -- 应到人数
  present_count            int           not null,  -- participants per channel (ParticipationChannel): 到会
  phone_count              int           not null,  -- 电话
  letter_count             int           not null,  -- 信函
  home_visit_count         int           not null,  -- 上门
  mobile_ballot_box_count  int           not null,  -- 流动票箱
  educated                 int           not null,  -- members told of the nomination (education rate)
  saved_by                 varchar(64)   not null,
  saved_at                 timestamp     not null,
  submitted_by             varchar(64),
  submitted_at             timestamp,
  sent_back_reason         varchar(1000),
  sent_back_by             varchar(64),
  sent_back_at             timestamp,
  version                  int           not null,  -- bumped by every write: a conditional update decides races
  primary key (election_id, branch_id)
);
create index ix_branch_submission_status on branch_submission (election_id, status);

create table branch_nominee (
  election_id        varchar(64) not null,
  branch_id          varchar(64) not null,
  member_id          varchar(64) not null references member (id),
  sort_order         int         not null,
  votes              int         not null,
  full_member_votes  int         not null,
  backed             boolean     not null,  -- backed by the branch under the majority rule
  identity_category  varchar(64),           -- the category the nominee was checked under (null: none assigned)
  primary key (election_id, branch_id, member_id),
  foreign key (election_id, branch_id) references branch_submission (election_id, branch_id)
);
-- ranking by subtree: backed names of an election, joined to organization.path (ix_organization_path, V2_1)
create index ix_branch_nominee_ranking on branch_nominee (election_id, backed, member_id);

-- Five must-knows (五必知) #1 and #2: the branch confirms its members were told.
create table branch_must_know (
  election_id   varchar(64)  not null,
  branch_id     varchar(64)  not null references organization (id),
  kind          varchar(32)  not null,  -- BRANCH_NOMINEES, UNIT_SELECTION
  told_on       date         not null,
  channel       varchar(32)  not null,  -- MEETING, BULLETIN, MESSAGE, PHONE, HOME_VISIT, OTHER
  members_told  int          not null,
  confirmed_by  varchar(64)  not null,
  confirmed_at  timestamp    not null,
  primary key (election_id, branch_id, kind)
);
