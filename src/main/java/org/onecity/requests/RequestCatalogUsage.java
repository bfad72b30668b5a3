package org.onecity.requests;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Requests name their agency and service type: an agency or type with requests cannot be deleted. */
@Component
class RequestCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    RequestCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(new Use("requests", jdbc.sql("select count(*) from requests.service_request where agency_code = ?")
                .param(agencyCode).query(Long.class).single()));
    }

    @Override
    public List<Use> usesOfService(String serviceCode) {
        return List.of(new Use("requests", jdbc.sql("select count(*) from requests.service_request where service_code = ?")
                .param(serviceCode).query(Long.class).single()));
    }
}
