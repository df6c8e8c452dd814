-- A concealment flag has a life: open when raised; withdrawn when the school's own report turns up within the rule's
-- window; confirmed or dismissed, with a reason, by a coordinator or an ombudsman. Each step is kept, never
-- overwritten, so the flag's history says who did what and why.
alter table concealment_flag add column status varchar(20) not null default 'OPEN';
alter table concealment_flag add column status_at timestamptz;
alter table concealment_flag add column status_by varchar(255);
alter table concealment_flag add column version int not null default 0;
update concealment_flag set status_at = raised_at, status_by = 'system';
alter table concealment_flag alter column status_at set not null;
alter table concealment_flag alter column status_by set not null;
create index concealment_flag_open on concealment_flag (student_id) where status = 'OPEN';

create table concealment_flag_event (
    id                 bigserial primary key,
    flag_id            bigint        not null references concealment_flag,
    status             varchar(20)   not null,
    happened_at        timestamptz   not null,
    username           varchar(255)  not null,
    reason             varchar(2000),
    school_incident_id bigint references incident
);
create index concealment_flag_event_flag on concealment_flag_event (flag_id);
insert into concealment_flag_event (flag_id, status, happened_at, username)
select id, 'OPEN', raised_at, 'system' from concealment_flag;

-- The students whose case reached HIGH or CRITICAL during a region's evaluation: the job's closing step weighs
-- their brothers and sisters once every block has committed, so that one run leaves nothing for the next.
create table region_evaluation_raised (
    job_instance_id bigint not null,
    student_id      bigint not null,
    primary key (job_instance_id, student_id)
);

-- A reopened case is a new episode: escalations of the episode before (a missed first contact, nobody designated)
-- do not stand for the new one, which is escalated afresh when it needs to be.
alter table early_warning_case add column episode_started_at timestamptz;
update early_warning_case c set episode_started_at = coalesce(
    (select max(e.occurred_at) from case_event e where e.case_id = c.id and e.type = 'REOPENED'), c.opened_at);
alter table early_warning_case alter column episode_started_at set not null;
alter table early_warning_case_aud add column episode_started_at timestamptz;

-- Each escalation belongs to the episode it was made in: once per episode, rule and target.
alter table case_escalation add column episode_started_at timestamptz;
update case_escalation e set episode_started_at = coalesce(
    (select max(v.occurred_at) from case_event v
     where v.case_id = e.case_id and v.type = 'REOPENED' and v.occurred_at <= e.escalated_at),
    (select c.opened_at from early_warning_case c where c.id = e.case_id));
alter table case_escalation alter column episode_started_at set not null;
alter table case_escalation drop constraint case_escalation_case_id_rule_id_target_key;
alter table case_escalation add constraint case_escalation_once_per_episode
    unique (case_id, rule_id, target, episode_started_at);
