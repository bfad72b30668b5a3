create schema if not exists imports;

-- One import of one file: its progress (committed in chunks, so a killed run resumes where it stopped) and counts.
create table imports.import_run (
    id              bigint generated always as identity primary key,
    source          text not null,
    mapping         text not null,
    file_name       text not null,
    fingerprint     text not null,
    status          text not null check (status in ('running', 'done', 'failed')),
    started_at      timestamptz not null,
    updated_at      timestamptz not null,
    finished_at     timestamptz,
    total_bytes     bigint,
    bytes_read      bigint not null default 0,
    committed_line  bigint not null default 0,
    rows_read       bigint not null default 0,
    imported        bigint not null default 0,
    updated         bigint not null default 0,
    unchanged       bigint not null default 0,
    rejected        bigint not null default 0,
    repaired        bigint not null default 0,
    attempts        int not null default 1,
    error           text,
    check (rows_read = imported + updated + unchanged + rejected)
);
create index import_run_resume on imports.import_run (source, mapping, fingerprint) where status <> 'done';

-- Every rejected or repaired record of a run, with its line and reasons.
create table imports.import_issue (
    run_id     bigint not null references imports.import_run (id) on delete cascade,
    line       bigint not null,
    source_key text,
    outcome    text not null check (outcome in ('rejected', 'repaired')),
    reasons    text not null,
    primary key (run_id, line)
);

-- The source keys a run has taken, to report a key seen twice in one file (first wins).
create unlogged table imports.run_key (
    run_id     bigint not null,
    source_key text not null,
    line       bigint not null,
    primary key (run_id, source_key)
);
