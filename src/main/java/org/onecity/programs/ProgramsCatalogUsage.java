package org.onecity.programs;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An agency runs its social programs, and the applications to them are its: such an agency cannot be deleted. */
@Component
class ProgramsCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    ProgramsCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(
                new Use("programs", jdbc.sql("select count(*) from programs.program where agency_code = ?")
                        .param(agencyCode).query(Long.class).single()),
                new Use("applications", jdbc.sql("""
                                select count(*) from programs.application a
                                join programs.program p on p.code = a.program_code where p.agency_code = ?""")
                        .param(agencyCode).query(Long.class).single()));
    }
}
