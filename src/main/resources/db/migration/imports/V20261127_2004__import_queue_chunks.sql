-- Upload queue: a run waits as 'queued' for a free import thread; a queued or running run can be
-- cancelled (it stops at a chunk boundary) and a failed or cancelled one retried from its kept file.
alter table imports.import_run drop constraint import_run_status_check;
alter table imports.import_run add constraint import_run_status_check
    check (status in ('queued', 'running', 'done', 'failed', 'cancelled'));
alter table imports.import_run
    add column cancel_requested boolean not null default false,
    add column file_path text;

-- The chunks a run has committed (first and last record line, inclusive). Chunks are written by
-- several connections at once and commit out of order: a resumed run skips exactly these lines.
create table imports.run_chunk (
    run_id     bigint not null references imports.import_run (id) on delete cascade,
    first_line bigint not null,
    last_line  bigint not null check (last_line >= first_line),
    primary key (run_id, first_line)
);
