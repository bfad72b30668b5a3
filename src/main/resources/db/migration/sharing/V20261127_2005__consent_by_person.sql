-- Consent keyed by person: the subject is a person key (the blind index of the person's email or
-- phone, "email:<hex>" / "phone:<hex>") or, as before, a request number. A statement may name the
-- consumer (agency code or system code) it is about; null means every consumer of the purpose.
-- The newest statement (given or withdrawn) about a subject, purpose and consumer wins.
alter table sharing.consent add column consumer text;
create index consent_latest on sharing.consent (purpose, subject, (coalesce(withdrawn_at, given_at)) desc);
