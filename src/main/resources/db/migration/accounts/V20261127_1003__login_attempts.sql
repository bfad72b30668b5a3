-- Failed staff logins, for throttling: a username or an address with too many recent failures is locked for a while.
create table accounts.login_failure (
    id         bigserial primary key,
    username   text not null check (length(username) <= 200),
    address    text not null check (length(address) <= 100),
    at         timestamptz not null
);
create index login_failure_username on accounts.login_failure (username, at desc);
create index login_failure_address on accounts.login_failure (address, at desc);
