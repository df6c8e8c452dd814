-- A finding on an item whose prescription is still open refers to it: a defect found again stands on the open
-- prescription instead of issuing a second one, an item found in order records whether it was remedied.
alter table safety_inspection_finding
    add column linked_prescription_id bigint references prescription,
    add column prescription_remedied  boolean;

-- Each inspection looks up the prescriptions still open on the school's items.
create index prescription_school_item on prescription (school_id, item) where status <> 'CLOSED';
