package org.onecity.accounts;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agency staff and supervisors belong to an agency. */
@Component
class AccountsCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    AccountsCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(new Use("staffAccounts", jdbc.sql("select count(*) from accounts.staff_user where agency_code = ?")
                .param(agencyCode).query(Long.class).single()));
    }
}
