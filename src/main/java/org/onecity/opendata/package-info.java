/**
 * Open data: the daily dataset of requests without personal data, in the NYC Open Data column
 * layout (CSV), the Open311 bulk layout (CSV), JSON and GeoJSON; streamed in constant memory.
 */
package org.onecity.opendata;
