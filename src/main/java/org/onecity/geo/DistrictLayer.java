package org.onecity.geo;

/**
 * A layer of districts that {@link Districts} knows.
 *
 * @param id            the layer id used in {@link Districts#find} and the web API
 * @param city          the city it belongs to ({@code nyc}, {@code cdmx} …)
 * @param title         a display title
 * @param districtCount how many distinct district codes the layer has
 */
public record DistrictLayer(String id, String city, String title, int districtCount) {
}
