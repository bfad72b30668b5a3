package org.onecity.open311;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agency-system API keys (not revoked) act for an agency. */
@Component
class ApiKeyCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    ApiKeyCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(new Use("apiKeys", jdbc.sql(
                        "select count(*) from open311.api_key where agency_code = ? and revoked_at is null")
                .param(agencyCode).query(Long.class).single()));
    }
}
