package org.onecity.sharing;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agency systems and data-sharing agreements belong to agencies: such an agency cannot be deleted. Systems
 * known by an Open311 API key are open311's to count (as {@code apiKeys}).
 */
@Component
class SharingCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    SharingCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(
                new Use("agencySystems", jdbc.sql("""
                                select count(*) from sharing.system s where agency_code = ? and not exists (
                                    select 1 from sharing.credential k where k.system_id = s.id and k.kind = 'api_key')""")
                        .param(agencyCode).query(Long.class).single()),
                new Use("agreements", jdbc.sql("""
                                select count(*) from sharing.agreement where provider_agency = ? or consumer_agency = ?""")
                        .params(agencyCode, agencyCode).query(Long.class).single()));
    }
}
