-- Requester contact details are sealed per field (AES-GCM, see the sharing module). Existing rows
-- become legacy values ([0] || utf-8) that the application seals at its next start; email and
-- phone get blind indexes (HMAC-SHA256) for exact lookups.
alter table requests.requester
    drop constraint if exists requester_first_name_check,
    drop constraint if exists requester_last_name_check,
    drop constraint if exists requester_email_check,
    drop constraint if exists requester_phone_check,
    drop constraint if exists requester_device_id_check,
    drop constraint if exists requester_account_id_check;

alter table requests.requester
    alter column first_name type bytea using '\x00'::bytea || convert_to(first_name, 'UTF8'),
    alter column last_name  type bytea using '\x00'::bytea || convert_to(last_name, 'UTF8'),
    alter column email      type bytea using '\x00'::bytea || convert_to(email, 'UTF8'),
    alter column phone      type bytea using '\x00'::bytea || convert_to(phone, 'UTF8'),
    alter column device_id  type bytea using '\x00'::bytea || convert_to(device_id, 'UTF8'),
    alter column account_id type bytea using '\x00'::bytea || convert_to(account_id, 'UTF8'),
    add column email_index bytea check (octet_length(email_index) = 32),
    add column phone_index bytea check (octet_length(phone_index) = 32),
    add constraint requester_sealed_size check (octet_length(first_name) <= 1024 and octet_length(last_name) <= 1024
        and octet_length(email) <= 2048 and octet_length(phone) <= 256 and octet_length(device_id) <= 1024
        and octet_length(account_id) <= 1024);

create index requester_email_index on requests.requester (email_index) where email_index is not null;
create index requester_phone_index on requests.requester (phone_index) where phone_index is not null;
