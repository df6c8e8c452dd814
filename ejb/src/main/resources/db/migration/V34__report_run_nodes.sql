-- The node writing a background report and when it last said it still does (reports.control.ReportRunWatch): a
-- run whose node has fallen silent is marked FAILED by another node, and a node that starts fails only its own.
alter table report_run add column node varchar(128);
alter table report_run add column heartbeat_at timestamptz;
