package org.onecity.geo;

/**
 * One district of one layer, e.g. {@code ("community_district", "105", "Manhattan CD 5")}.
 *
 * @param layer the layer id ({@code borough}, {@code community_district}, {@code zip}, {@code alcaldia} …)
 * @param code  the district's code within the layer, as published in the source data
 * @param name  a display name
 */
public record DistrictRef(String layer, String code, String name) {
}
