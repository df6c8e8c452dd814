-- Progress of a region's re-evaluation, one row per run (job execution) instead of one per job instance: a run cut
-- short by a crash and its restart read as two runs, each with the students it evaluated itself, and the restart names
-- the run it continues and how many students the runs before it had done. Rows written before this migration stay one
-- per job instance, without an execution (they are shown for each run of their instance, as before).
alter table region_evaluation drop constraint region_evaluation_pkey;
alter table region_evaluation add column id bigserial primary key;
alter table region_evaluation add column job_execution_id bigint unique;
alter table region_evaluation add column continues_execution_id bigint;
alter table region_evaluation add column students_before int not null default 0;
create index region_evaluation_instance on region_evaluation (job_instance_id);
