-- The people who sign in, under the names the identity provider gives them, so that pages name people instead of
-- showing their logins. Written from the verified token whenever a person signs in or calls.
create table person (
    username     varchar(255) primary key,
    display_name varchar(300) not null,
    seen_at      timestamptz  not null
);
