-- Admin account management (issue 3): a temporary password set by an admin must be changed at next sign-in.
alter table accounts.staff_user add column must_change_password boolean not null default false;
alter table accounts.staff_user add column updated_at timestamptz not null default now();
