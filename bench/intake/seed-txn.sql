-- Before a pgbench-txn run: bench.txn_request := the first :rows rows the application wrote (run.sh
-- passes the table size half-way through the application's closed-loop runs), so the duplicate
-- search and the children subquery scan about as many rows as they did for the application.
truncate bench.txn_request, bench.history, bench.clock, bench.outbox, bench.delivery;
insert into bench.txn_request overriding system value
    select * from requests.service_request order by id limit :rows;
select setval(pg_get_serial_sequence('bench.txn_request', 'id'),
    (select coalesce(max(id), 0) + 1 from requests.service_request));
analyze bench.txn_request;
