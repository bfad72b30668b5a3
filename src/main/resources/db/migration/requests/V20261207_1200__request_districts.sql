-- A request's districts are (layer, code) pairs of whichever layers the city configures (issue 16): one jsonb
-- object {"borough": "1", "community_district": "105", "zip": "10036"} keyed by geo layer id, in place of a
-- column per layer. The four columns' values move into it, then the columns go.
alter table requests.service_request
    add column districts jsonb not null default '{}' check (jsonb_typeof(districts) = 'object');

update requests.service_request
set districts = jsonb_strip_nulls(jsonb_build_object('borough', borough, 'community_district', community_district,
        'zip', zip_area, 'alcaldia', alcaldia))
where coalesce(borough, community_district, zip_area, alcaldia) is not null;

alter table requests.service_request
    drop column borough,
    drop column community_district,
    drop column zip_area,
    drop column alcaldia;
