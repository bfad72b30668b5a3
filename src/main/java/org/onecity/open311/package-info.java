/** The Open311 GeoReport v2 API (JSON and XML) with the extensions in wide use, and its API keys (credentials of sharing's agency systems) with their admin pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "sharing", "catalog", "geo", "platform",
        "shared"})
package org.onecity.open311;
