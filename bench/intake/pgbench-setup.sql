-- Tables pgbench writes to: copies of the real ones, same columns, defaults, identity, checks and
-- indexes (LIKE ... INCLUDING ALL; foreign keys are not copied, and the rows here leave them null).
-- Copies, not the real tables, so the application's duplicate search sees only its own rows in
-- every round and the OneCity data stays as the application wrote it.
create schema if not exists bench;
create sequence if not exists bench.number_seq start 1000001;
create sequence if not exists bench.txn_number_seq start 90000001;
create table if not exists bench.service_request (like requests.service_request including all);
create table if not exists bench.txn_request (like requests.service_request including all);
create table if not exists bench.history (like requests.history including all);
create table if not exists bench.clock (like sla.clock including all);
create table if not exists bench.outbox (like sharing.outbox including all);
create table if not exists bench.delivery (like sharing.delivery including all);
