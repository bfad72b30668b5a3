package org.onecity.geo;

/** A point in WGS84 degrees. */
public record LatLon(double lat, double lon) {
}
