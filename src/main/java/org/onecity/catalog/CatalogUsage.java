package org.onecity.catalog;

import java.util.List;

/**
 * What other modules hold that names an agency or a service type. Each module that keeps such
 * references (requests, routing rules, staff accounts, API keys, agency systems and agreements, registry
 * records, social programs and their applications) answers for its own tables, so the
 * catalog can refuse to delete what is still used and say why.
 */
public interface CatalogUsage {

    /** A count of things of one kind that refer to an agency or service type. */
    record Use(String kind, long count) {
    }

    default List<Use> usesOfAgency(String agencyCode) {
        return List.of();
    }

    default List<Use> usesOfService(String serviceCode) {
        return List.of();
    }
}
