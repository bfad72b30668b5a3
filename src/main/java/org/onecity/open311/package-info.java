/** The Open311 GeoReport v2 API (JSON and XML) with the extensions in wide use, and its API keys with their admin pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "catalog", "platform", "shared"})
package org.onecity.open311;
