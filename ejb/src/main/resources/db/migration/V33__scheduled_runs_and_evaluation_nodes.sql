-- One row per firing of a timer that does its work once in the cluster (platform.control.ScheduledRuns): the slot
-- is the period the firing stands for, so a second node firing the same slot finds it taken and only counts itself.
create table scheduled_run (
    timer       varchar(64) not null,
    slot        timestamptz not null,
    node        varchar(128) not null,
    claimed_at  timestamptz not null,
    also_fired  int not null default 0,
    primary key (timer, slot)
);

-- The node a region evaluation runs on and when that node last said it was alive: a run whose node has fallen
-- silent is failed and restarted from its checkpoint on a live node (earlywarning.control.EvaluationWatch).
alter table region_evaluation add column node varchar(128);
alter table region_evaluation add column heartbeat_at timestamptz;
