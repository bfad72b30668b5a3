package org.onecity.sharing;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agency systems and data-sharing agreements belong to agencies: such an agency cannot be deleted. */
@Component
class SharingCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    SharingCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(
                new Use("agencySystems", jdbc.sql("select count(*) from sharing.system where agency_code = ?")
                        .param(agencyCode).query(Long.class).single()),
                new Use("agreements", jdbc.sql("""
                                select count(*) from sharing.agreement where provider_agency = ? or consumer_agency = ?""")
                        .params(agencyCode, agencyCode).query(Long.class).single()));
    }
}
