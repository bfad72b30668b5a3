package org.onecity.opendata;

import java.util.Arrays;
import java.util.Optional;

/** The published layouts. */
public enum Format {
    /** NYC Open Data "311 Service Requests" column layout, US 12-hour local dates. */
    NYC_CSV("nyc-csv", "text/csv"),
    /** Open311 GeoReport v2 request fields as CSV columns (bulk layout), ISO 8601 dates. */
    OPEN311_CSV("open311-csv", "text/csv"),
    /** A JSON array of Open311-style request objects. */
    JSON("json", "application/json"),
    /** A GeoJSON FeatureCollection of located requests. */
    GEOJSON("geojson", "application/geo+json");

    private final String id;
    private final String mediaType;

    Format(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<Format> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
    }
}
