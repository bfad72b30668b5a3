package org.onecity.opendata;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data settings ({@code onecity.opendata.*}); which layers fill what is configuration (application.yml
 * holds NYC's and Mexico City's), so a city with other layers publishes them without a code change.
 *
 * @param coarsenServices        service codes whose locations are sensitive: coordinates are rounded and the
 *                               street address and address id are left out (the ZIP area stays)
 * @param coarsenDecimals        decimals kept for those coordinates (3 ≈ 110 m)
 * @param coarsenMode            {@code round} (keep {@code coarsenDecimals}) or {@code district-centroid} (a point
 *                               inside the request's district of the first {@code coarsenLayers} it has; none
 *                               outside them)
 * @param coarsenLayers          the geo layers whose districts stand in for a sensitive location
 * @param districts              the request's districts the JSON and GeoJSON layouts publish, in order
 * @param nycBoroughLayer        the layer whose district's name fills the NYC layout's Borough column
 * @param nycCommunityBoardLayer the layer whose district code (a digit for the borough, two for the board) fills
 *                               the NYC layout's Community Board column
 */
@ConfigurationProperties("onecity.opendata")
public record OpenDataSettings(@DefaultValue({}) List<String> coarsenServices, @DefaultValue("3") int coarsenDecimals,
                               @DefaultValue("round") String coarsenMode, @DefaultValue({}) List<String> coarsenLayers,
                               @DefaultValue({}) List<PublishedDistrict> districts, String nycBoroughLayer,
                               String nycCommunityBoardLayer) {

    /**
     * A district a JSON layout publishes: under {@code property}, the request's district in {@code layer}, by its
     * {@code code} (the default) or its {@code name}.
     */
    public record PublishedDistrict(String property, String layer, @DefaultValue("code") String value) {

        public PublishedDistrict {
            if (property == null || property.isBlank() || layer == null || layer.isBlank()) {
                throw new IllegalArgumentException("onecity.opendata.districts need a property and a layer");
            }
            if (!"code".equals(value) && !"name".equals(value)) {
                throw new IllegalArgumentException("onecity.opendata.districts publish a code or a name, not " + value);
            }
        }

        boolean byName() {
            return "name".equals(value);
        }
    }

    public OpenDataSettings {
        if (!"round".equals(coarsenMode) && !"district-centroid".equals(coarsenMode)) {
            throw new IllegalArgumentException("onecity.opendata.coarsen-mode must be round or district-centroid, not "
                    + coarsenMode);
        }
        coarsenServices = coarsenServices == null ? List.of() : List.copyOf(coarsenServices);
        coarsenLayers = coarsenLayers == null ? List.of() : List.copyOf(coarsenLayers);
        districts = districts == null ? List.of() : List.copyOf(districts);
    }
}
