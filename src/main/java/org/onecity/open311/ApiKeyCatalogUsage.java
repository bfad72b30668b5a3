package org.onecity.open311;

import java.util.List;
import org.onecity.catalog.CatalogUsage;
import org.onecity.sharing.SystemKeys;
import org.springframework.stereotype.Component;

/** Agency-system API keys (not revoked) act for an agency. */
@Component
class ApiKeyCatalogUsage implements CatalogUsage {

    private final SystemKeys keys;

    ApiKeyCatalogUsage(SystemKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<Use> usesOfAgency(String agencyCode) {
        return List.of(new Use("apiKeys", keys.activeOfAgency(agencyCode)));
    }
}
