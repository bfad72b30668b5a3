package org.onecity.people.registry;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An agency holds the registry records it registered (merged ones too): such an agency cannot be deleted. */
@Component
class PeopleCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    PeopleCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(new Use("people", jdbc.sql("select count(*) from people.person where holder_agency = ?")
                .param(agencyCode).query(Long.class).single()));
    }
}
