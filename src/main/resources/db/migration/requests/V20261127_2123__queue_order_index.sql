-- The agency queue pages through open requests earliest-due first (overdue lead), filtered in SQL (issue 3).
create index service_request_agency_due on requests.service_request (agency_code, expected_at) where status <> 'closed';
