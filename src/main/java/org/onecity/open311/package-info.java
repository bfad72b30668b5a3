/** The Open311 GeoReport v2 API (JSON and XML) with the extensions in wide use, and its API keys. */
package org.onecity.open311;
