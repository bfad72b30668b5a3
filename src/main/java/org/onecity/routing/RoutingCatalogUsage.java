package org.onecity.routing;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Routing rules send requests to an agency and may name a service type. */
@Component
class RoutingCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    RoutingCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(new Use("routingRules", jdbc.sql("select count(*) from routing.rule where agency_code = ?")
                .param(agencyCode).query(Long.class).single()));
    }

    @Override
    public List<Use> usesOfService(String serviceCode) {
        return List.of(new Use("routingRules", jdbc.sql("select count(*) from routing.rule where service_code = ?")
                .param(serviceCode).query(Long.class).single()));
    }
}
