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
 */
@ConfigurationProperties("onecity.opendata")
public record OpenDataSettings(@DefaultValue({}) List<String> coarsenServices, @DefaultValue("3") int coarsenDecimals) {

    public OpenDataSettings {
        coarsenServices = coarsenServices == null ? List.of() : List.copyOf(coarsenServices);
    }
}
