package org.onecity.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a layer as a GeoJSON FeatureCollection for maps: each district simplified with
 * {@link TopologyPreservingSimplifier}, rings counter-clockwise (RFC 7946), properties
 * {@code {layer, code, name}}.
 */
final class LayerGeoJson {

    /** 6 decimals of a degree are about 0.1 m, finer than any source here. */
    private static final int DECIMALS = 6;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LayerGeoJson() {
    }

    static String write(LayerIndex layer, double toleranceDegrees) {
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        StringBuilder out = new StringBuilder(1 << 16).append("{\"type\":\"FeatureCollection\",\"features\":[");
        String separator = "";
        for (LayerIndex.Feature feature : layer.features()) {
            Geometry geometry = toleranceDegrees > 0
                    ? TopologyPreservingSimplifier.simplify(feature.geometry(), toleranceDegrees)
                    : feature.geometry();
            out.append(separator)
                    .append("{\"type\":\"Feature\",\"properties\":")
                    .append(JSON.writeValueAsString(feature.ref()))
                    .append(",\"geometry\":")
                    .append(writer.write(geometry))
                    .append('}');
            separator = ",";
        }
        return out.append("]}").toString();
    }
}
