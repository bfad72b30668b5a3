package org.onecity.opendata;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open data settings ({@code onecity.opendata.*}).
 *
 * @param coarsenServices  service codes whose locations are sensitive: coordinates are rounded and the
 *                         street address and address id are left out (the ZIP area stays)
 * @param coarsenDecimals  decimals kept for those coordinates (3 ≈ 110 m)
 * @param coarsenMode      {@code round} (keep {@code coarsenDecimals}) or {@code district-centroid}
 *                         (a point inside the request's community district or alcaldía; none outside them)
 */
@ConfigurationProperties("onecity.opendata")
public record OpenDataSettings(@DefaultValue({}) List<String> coarsenServices, @DefaultValue("3") int coarsenDecimals,
                               @DefaultValue("round") String coarsenMode) {

    public OpenDataSettings {
        if (!"round".equals(coarsenMode) && !"district-centroid".equals(coarsenMode)) {
            throw new IllegalArgumentException("onecity.opendata.coarsen-mode must be round or district-centroid, not "
                    + coarsenMode);
        }
        coarsenServices = coarsenServices == null ? List.of() : List.copyOf(coarsenServices);
    }
}
