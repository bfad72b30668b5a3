-- Anonymous filings per client address, counted in the database so every node shares the limit
-- (issue 3). Rows older than the window are pruned as filings arrive.
create table portal.filing_attempt (
    address text not null check (length(address) <= 100),
    at      timestamptz not null
);
create index filing_attempt_address_at on portal.filing_attempt (address, at);
create index filing_attempt_at on portal.filing_attempt (at);
