-- Residents in the person registry ask for a signed link to their own "who accessed my data" page
-- (issue 5): the link goes out through the mail outbox, and the asks are counted per CURP (a keyed
-- hash, never the CURP) and per client address, so the form cannot flood anyone's inbox.
alter table messaging.outbox drop constraint outbox_kind_check;
alter table messaging.outbox add constraint outbox_kind_check
    check (kind in ('confirmation', 'status', 'closed', 'person_my_data'));

create table messaging.my_data_ask (
    scope text not null check (scope in ('curp', 'address')),
    key   text not null check (length(key) <= 100),
    at    timestamptz not null
);
create index my_data_ask_key_at on messaging.my_data_ask (scope, key, at);
create index my_data_ask_at on messaging.my_data_ask (at);
