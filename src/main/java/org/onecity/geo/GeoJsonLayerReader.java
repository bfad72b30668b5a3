package org.onecity.geo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection into the features of a layer: Jackson for the collection and
 * the properties, JTS for each geometry (read one by one: JTS cannot parse the CRS84 URN of a
 * collection's {@code crs} member). Features without a code or a polygonal geometry are skipped
 * and invalid polygons repaired, with a warning.
 */
final class GeoJsonLayerReader {

    private static final Logger log = LoggerFactory.getLogger(GeoJsonLayerReader.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GeometryFactory geometries;

    GeoJsonLayerReader(GeometryFactory geometries) {
        this.geometries = geometries;
    }

    List<LayerIndex.Feature> read(LayerDescriptor layer, InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (!"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new IOException("Geo layer " + layer.id() + ": not a GeoJSON FeatureCollection");
        }
        GeoJsonReader reader = new GeoJsonReader(geometries);
        List<LayerIndex.Feature> features = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.path("features").values()) {
            JsonNode properties = feature.path("properties");
            String code = text(properties.get(layer.codeProperty()));
            Geometry geometry = geometry(reader, feature.get("geometry"), layer, index++);
            if (code == null || !(geometry instanceof Polygonal) || geometry.isEmpty()) {
                log.warn("Geo layer {}: skipped feature #{} (code {}, geometry {})", layer.id(), index - 1,
                        code, geometry == null ? null : geometry.getGeometryType());
                continue;
            }
            geometry = repaired(geometry, layer, code);
            String nameProperty = layer.nameProperty() == null ? null : text(properties.get(layer.nameProperty()));
            String name = DistrictNaming.name(layer, code, nameProperty);
            features.add(new LayerIndex.Feature(new DistrictRef(layer.id(), code, name), geometry));
        }
        return features;
    }

    private static Geometry geometry(GeoJsonReader reader, JsonNode node, LayerDescriptor layer, int index)
            throws IOException {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return reader.read(JSON.writeValueAsString(node));
        } catch (ParseException | RuntimeException e) {
            throw new IOException("Geo layer " + layer.id() + ": bad geometry in feature #" + index, e);
        }
    }

    /** Some published polygons self-intersect; {@link GeometryFixer} repairs them without moving area. */
    private static Geometry repaired(Geometry geometry, LayerDescriptor layer, String code) {
        IsValidOp validation = new IsValidOp(geometry);
        if (validation.isValid()) {
            return geometry;
        }
        log.warn("Geo layer {}: repaired district {} ({})", layer.id(), code, validation.getValidationError());
        return GeometryFixer.fix(geometry);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
            return null;
        }
        String text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }
}
