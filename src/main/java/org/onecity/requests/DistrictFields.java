package org.onecity.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecity.geo.DistrictLayer;
import org.onecity.geo.Districts;
import org.springframework.stereotype.Component;

/**
 * How a request's districts are named in JSON documents (the staff API, the events agency systems receive):
 * each configured layer by its field ({@code borough}, {@code communityDistrict}, {@code zipArea},
 * {@code alcaldia}, a city's {@code ward} …), in the order of the layers.
 */
@Component
class DistrictFields {

    private final List<DistrictLayer> layers;
    private final Set<String> known;

    DistrictFields(Districts districts) {
        this.layers = districts.layers();
        this.known = layers.stream().map(DistrictLayer::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Field → code for every configured layer, null where the request has no district in it, followed by the
     * codes of layers no longer configured (under their layer id).
     */
    Map<String, String> of(RequestDistricts d) {
        Map<String, String> out = new LinkedHashMap<>(layers.size() * 2);
        for (DistrictLayer layer : layers) {
            out.put(layer.field(), d.code(layer.id()));
        }
        d.codes().forEach((layer, code) -> {
            if (!known.contains(layer)) {
                out.put(layer, code);
            }
        });
        return out;
    }
}
