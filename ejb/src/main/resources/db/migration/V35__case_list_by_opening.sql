-- The case lists show the newest cases first. Over a region or the country the list walks this index and keeps the
-- caller's cases, instead of sorting every case of the region to show twenty.
create index early_warning_case_opened on early_warning_case (opened_at desc, id desc);
