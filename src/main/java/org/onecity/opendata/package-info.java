/**
 * Open data: the daily dataset of requests without personal data, in the NYC Open Data column
 * layout (CSV), the Open311 bulk layout (CSV), JSON and GeoJSON; streamed in constant memory. Which district
 * layers fill what is configuration ({@code onecity.opendata.*}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "catalog", "geo", "platform",
    "shared"})
package org.onecity.opendata;
