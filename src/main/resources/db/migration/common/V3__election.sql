-- Elections configured as data. Normalized: one row per margin, category, rule, selector condition, unit and step, so
-- later stages query what they need and the engine's variables hold the election's id only.
create table election (
  id                     varchar(64)  not null primary key,
  electoral_unit_id      varchar(64)  not null references organization (id),
  name                   varchar(200) not null,
  congress_name          varchar(200) not null,
  election_date          date         not null,
  seats                  int          not null,
  nomination_mode        varchar(32)  not null,  -- FULL_QUOTA, EXPANDED_RATIO, BOTH
  publicity_working_days int          not null,
  status                 varchar(16)  not null,  -- DRAFT, ACTIVE, CLOSED
  quorum_numerator       int          not null,  -- quorum: present voters vs expected voters
  quorum_denominator     int          not null,
  quorum_strict          boolean      not null,  -- true: more than the fraction; false: at least
  threshold_numerator    int          not null,  -- votes for a candidate to be elected
  threshold_denominator  int          not null,
  threshold_strict       boolean      not null,
  threshold_basis        varchar(16)  not null,  -- EXPECTED, PRESENT
  created_at             timestamp    not null,
  created_by             varchar(64)  not null,
  updated_at             timestamp    not null,
  updated_by             varchar(64)  not null
);
create index ix_election_unit on election (electoral_unit_id);

create table election_margin (
  election_id  varchar(64)   not null references election (id),
  stage        varchar(32)   not null,  -- RECOMMENDATION, INSPECTION, INITIAL_CANDIDATES, PRELIMINARY_CANDIDATES, ELECTION
  kind         varchar(16)   not null,  -- RATIO, EXACT_COUNT, MIN_COUNT, MAX_COUNT
  margin_ratio numeric(9, 6),           -- RATIO: names beyond the base as a share of it
  strict_bound boolean,                 -- RATIO: more than (true) or at least (false)
  name_count   int,                     -- the counts
  primary key (election_id, stage)
);

create table election_identity_category (
  election_id       varchar(64)  not null references election (id),
  code              varchar(64)  not null,
  name              varchar(100) not null,
  kind              varchar(16)  not null,  -- LEADER, FRONTLINE, OTHER
  evidence_required boolean      not null,
  sort_order        int          not null,
  primary key (election_id, code)
);

-- Rules form a tree per election (parent_code); sort_order keeps the configured order among siblings.
create table election_structure_rule (
  election_id  varchar(64)   not null references election (id),
  code         varchar(64)   not null,
  parent_code  varchar(64),
  sort_order   int           not null,
  label        varchar(200)  not null,
  scope        varchar(32)   not null,  -- DELEGATES, RECOMMENDATION_LIST
  kind         varchar(16)   not null,  -- COUNT, SHARE
  min_count    int,
  max_count    int,
  share_value  numeric(9, 6),           -- SHARE with a FIXED basis
  strict_bound boolean,
  share_basis  varchar(16),             -- FIXED, LOCAL_MEMBERS
  primary key (election_id, code),
  foreign key (election_id, parent_code) references election_structure_rule (election_id, code)
);

-- A selector as conditions: AND across attributes, OR among the values of one attribute.
create table election_rule_condition (
  election_id     varchar(64) not null,
  rule_code       varchar(64) not null,
  attribute       varchar(32) not null,  -- CATEGORY, KIND, GENDER, MINORITY, AGE_BELOW, OCCUPATION, EDUCATION_AT_LEAST …
  attribute_value varchar(64) not null,
  primary key (election_id, rule_code, attribute, attribute_value),
  foreign key (election_id, rule_code) references election_structure_rule (election_id, code)
);

create table election_unit_seats (
  election_id     varchar(64) not null references election (id),
  organization_id varchar(64) not null references organization (id),
  seats           int         not null,
  primary key (election_id, organization_id)
);

create table election_deadline (
  election_id varchar(64) not null references election (id),
  step        varchar(32) not null,  -- WORK_PLAN … CREDENTIALS
  due_on      date        not null,
  primary key (election_id, step)
);

-- Identity definition of each person for this election: ONE primary category, with the evidence that backs it.
create table election_identity (
  election_id   varchar(64)   not null,
  member_id     varchar(64)   not null references member (id),
  category_code varchar(64)   not null,
  evidence      varchar(1000),
  assigned_by   varchar(64)   not null,
  assigned_at   timestamp     not null,
  primary key (election_id, member_id),
  foreign key (election_id, category_code) references election_identity_category (election_id, code)
);
create index ix_election_identity_category on election_identity (election_id, category_code);
