-- A break-the-glass grant may name the fields it is for (the minimum the emergency needs, as staff
-- choose them on the emergency access page); null keeps the old meaning: every field the role allows.
alter table sharing.break_glass add column fields text[] check (fields is null or cardinality(fields) > 0);
