package org.onecity.catalog;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deactivating, reactivating and deleting agencies and service types. A delete happens only when
 * nothing refers to the record, in the catalog (sub-agencies, service types, knowledge articles) or
 * in another module (asked through {@link CatalogUsage}); otherwise {@link CatalogInUse} says what.
 * A deactivated agency stays readable (old requests name it) but is no longer offered for re-routing.
 */
@Service
public class CatalogRemoval {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final ObjectProvider<CatalogUsage> usages;

    CatalogRemoval(JdbcClient jdbc, Catalog catalog, ObjectProvider<CatalogUsage> usages) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.usages = usages;
    }

    /** False when there is no such agency. */
    @Transactional
    public boolean setAgencyActive(String code, boolean active) {
        int n = jdbc.sql("update catalog.agency set active = ?, updated_at = now() where code = ?")
                .params(active, code).update();
        catalog.refresh();
        return n == 1;
    }

    /** False when there is no such service type. */
    @Transactional
    public boolean setServiceActive(String code, boolean active) {
        return catalog.setActive(code, active);
    }

    /** Deletes an unused agency (and its escalation chain); false when there is none. */
    @Transactional
    public boolean deleteAgency(String code) {
        if (lock("agency", code) == 0) {
            return false;
        }
        List<CatalogUsage.Use> uses = new ArrayList<>();
        add(uses, "agencies", jdbc.sql("select count(*) from catalog.agency where parent_code = ?").param(code));
        add(uses, "services", jdbc.sql("select count(*) from catalog.service_type where agency_code = ?").param(code));
        usages.orderedStream().forEach(u -> u.usesOfAgency(code).stream().filter(x -> x.count() > 0).forEach(uses::add));
        if (!uses.isEmpty()) {
            throw new CatalogInUse(code, uses);
        }
        jdbc.sql("delete from catalog.agency where code = ?").param(code).update();
        catalog.refresh();
        return true;
    }

    /** Deletes an unused service type (and its form); false when there is none. */
    @Transactional
    public boolean deleteService(String code) {
        if (lock("service_type", code) == 0) {
            return false;
        }
        List<CatalogUsage.Use> uses = new ArrayList<>();
        add(uses, "articles", jdbc.sql("select count(*) from catalog.knowledge_article where ? = any(service_codes)")
                .param(code));
        usages.orderedStream().forEach(u -> u.usesOfService(code).stream().filter(x -> x.count() > 0).forEach(uses::add));
        if (!uses.isEmpty()) {
            throw new CatalogInUse(code, uses);
        }
        jdbc.sql("delete from catalog.service_type where code = ?").param(code).update();
        catalog.refresh();
        return true;
    }

    private int lock(String table, String code) {
        return jdbc.sql("select count(*) from (select 1 from catalog." + table + " where code = ? for update) x")
                .param(code).query(Integer.class).single();
    }

    private static void add(List<CatalogUsage.Use> uses, String kind, JdbcClient.StatementSpec count) {
        long n = count.query(Long.class).single();
        if (n > 0) {
            uses.add(new CatalogUsage.Use(kind, n));
        }
    }
}
