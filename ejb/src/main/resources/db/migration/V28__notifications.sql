-- Messages that reach people (docs/PRODUCT.md, "Notifications"). The people directory keeps what the verified token
-- states about a person besides the name: the e-mail address mail goes to, and the roles and jurisdiction that decide
-- who hears of a case, since a timer that notifies has no token to read them from. Ids are comma-separated.
alter table person
    add column email        varchar(320),
    add column roles        varchar(500)  not null default '',
    add column national     boolean       not null default false,
    add column region_ids   varchar(500)  not null default '',
    add column district_ids varchar(500)  not null default '',
    add column school_ids   varchar(2000) not null default '';

-- One notification to one person about one record (a case or a prescription), never its content: the text is made
-- from the kind and the record's number in the reader's language. A reminder names its occasion (the deadline it
-- reminds of), so that a timer that runs again adds nothing.
create sequence notification_id_seq increment by 50;
create table notification (
    id          bigint primary key,
    recipient   varchar(255) not null,
    kind        varchar(40)  not null,
    record_type varchar(20)  not null,
    record_id   bigint       not null,
    school_id   bigint       not null references school,
    occasion    varchar(60),
    created_at  timestamptz  not null,
    read_at     timestamptz,
    digested_at timestamptz
);
create index notification_recipient on notification (recipient, created_at desc);
create index notification_unread on notification (recipient) where read_at is null;
create index notification_digest on notification (recipient) where digested_at is null;
create unique index notification_once on notification (recipient, kind, record_id, occasion) where occasion is not null;

-- How each person wants each kind: IN_APP only, EMAIL at once, or a daily DIGEST. No row: the kind's default.
create table notification_preference (
    username varchar(255) not null,
    kind     varchar(40)  not null,
    delivery varchar(10)  not null check (delivery in ('IN_APP', 'EMAIL', 'DIGEST')),
    primary key (username, kind)
);

-- Mail waits here until the mail server takes it: written in its own transaction after the recording committed, sent
-- by a timer, retried later when the server fails, given up (failed_at) after the last attempt.
create sequence mail_outbox_id_seq increment by 50;
create table mail_outbox (
    id          bigint primary key,
    recipient   varchar(255)  not null,
    address     varchar(320)  not null,
    subject     varchar(300)  not null,
    body        text          not null,
    created_at  timestamptz   not null,
    attempts    integer       not null default 0,
    next_try_at timestamptz   not null,
    sent_at     timestamptz,
    failed_at   timestamptz,
    last_error  varchar(1000)
);
create index mail_outbox_due on mail_outbox (next_try_at) where sent_at is null and failed_at is null;
