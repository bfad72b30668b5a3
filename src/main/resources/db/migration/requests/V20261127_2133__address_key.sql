-- Locating a typed or texted address from the requests already filed at it with a map point (issue 3):
-- a normalised key of the street part (before the first comma): upper case, no punctuation, no
-- ordinal suffixes, the common street words and directions abbreviated. Indexed for located rows.
create function requests.address_key(a text) returns text
    language sql immutable parallel safe returns null on null input
as $$
select nullif(trim(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(upper(split_part(a, ',', 1)), '[^A-Z0-9]+', ' ', 'g'),
    '\m(\d+)(ST|ND|RD|TH)\M', '\1', 'g'),
    '\mSTREET\M', 'ST', 'g'), '\mAVENUE\M', 'AVE', 'g'), '\mAV\M', 'AVE', 'g'), '\mROAD\M', 'RD', 'g'),
    '\mPLACE\M', 'PL', 'g'), '\mBOULEVARD\M', 'BLVD', 'g'), '\mEAST\M', 'E', 'g'), '\mWEST\M', 'W', 'g'),
    '\mNORTH\M', 'N', 'g'), '\mSOUTH\M', 'S', 'g'), '\s+', ' ', 'g')), '')
$$;

create index service_request_address_key on requests.service_request (requests.address_key(address))
    where lat is not null and address is not null;
