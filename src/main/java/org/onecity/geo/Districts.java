package org.onecity.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The districts of every configured layer (the built-in ones of {@code geo/layers.json} and any a
 * city adds in {@code onecity.geo.extra-layers}) and the lookup of the districts a point lies in. The polygons are read and indexed
 * once, when the application starts; every method is safe to call from many threads.
 */
@Service
public class Districts {

    private static final Logger log = LoggerFactory.getLogger(Districts.class);
    private static final int WGS84 = 4326;
    private static final int CACHED_LAYER_VERSIONS = 24;

    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), WGS84);
    private final Map<String, LayerIndex> layers = new LinkedHashMap<>();
    private final GeoJsonCache geoJson = new GeoJsonCache(CACHED_LAYER_VERSIONS);
    private final Map<String, Optional<LatLon>> representative = new java.util.concurrent.ConcurrentHashMap<>();

    Districts(GeoSettings settings) {
        long started = System.nanoTime();
        LayerCatalog.load(settings, geometries).forEach(layer -> layers.put(layer.id(), layer));
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Indexed {} district layers ({} districts) in {} ms", layers.size(),
                layers.values().stream().mapToInt(layer -> layer.districts().size()).sum(), millis);
    }

    /** The districts containing the point (boundaries included), one per layer at most, in layer order. */
    public DistrictAssignment locate(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            return DistrictAssignment.NONE;
        }
        Point point = point(lat, lon);
        List<DistrictRef> found = new ArrayList<>(layers.size());
        for (LayerIndex layer : layers.values()) {
            DistrictRef d = layer.locate(point);
            if (d != null) {
                found.add(d);
            }
        }
        return found.isEmpty() ? DistrictAssignment.NONE : new DistrictAssignment(found);
    }

    /** True when a district of any layer contains the point. */
    public boolean insideServiceArea(double lat, double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            return false;
        }
        Point point = point(lat, lon);
        return layers.values().stream().anyMatch(layer -> layer.locate(point) != null);
    }

    public List<DistrictLayer> layers() {
        return layers.values().stream().map(LayerIndex::describe).toList();
    }

    public Optional<DistrictRef> find(String layer, String code) {
        return districts(layer).stream().filter(ref -> ref.code().equals(code)).findFirst();
    }

    /**
     * A point always inside the district (JTS interior point of its largest part), for showing a
     * district in place of an exact location; empty for an unknown layer or code. Cached.
     */
    public Optional<LatLon> representativePoint(String layer, String code) {
        LayerIndex index = layers.get(layer);
        if (index == null || code == null) {
            return Optional.empty();
        }
        return representative.computeIfAbsent(layer + "|" + code, k -> index.features().stream()
                .filter(f -> f.ref().code().equals(code))
                .max(java.util.Comparator.comparingDouble(f -> f.geometry().getArea()))
                .map(f -> f.geometry().getInteriorPoint())
                .map(p -> new LatLon(p.getY(), p.getX())));
    }

    /** The districts of a layer ordered by code; empty for an unknown layer. */
    public List<DistrictRef> districts(String layer) {
        LayerIndex index = layers.get(layer);
        return index == null ? List.of() : index.districts();
    }

    /**
     * The layer as a GeoJSON FeatureCollection simplified to the tolerance (in degrees; 0 keeps
     * every vertex), properties {@code {layer, code, name}}.
     *
     * @throws IllegalArgumentException for an unknown layer or a negative or non-finite tolerance
     */
    public String layerGeoJson(String layer, double toleranceDegrees) {
        LayerIndex index = layers.get(layer);
        if (index == null) {
            throw new IllegalArgumentException("Unknown district layer: " + layer);
        }
        if (!Double.isFinite(toleranceDegrees) || toleranceDegrees < 0) {
            throw new IllegalArgumentException("Tolerance must be a finite number >= 0: " + toleranceDegrees);
        }
        return geoJson.get(layer, toleranceDegrees, () -> LayerGeoJson.write(index, toleranceDegrees));
    }

    /**
     * The name of the layer's district in a located answer's JSON: a built-in layer's attribute in camelCase;
     * null for a layer a city added (listed under {@code others}) or an unknown one.
     */
    String answerField(String layer) {
        LayerIndex index = layers.get(layer);
        return index == null || !index.builtIn() ? null : index.describe().field();
    }

    /** One layer's index (tests compare its cached and exact lookups). */
    LayerIndex layer(String id) {
        return layers.get(id);
    }

    private Point point(double lat, double lon) {
        return geometries.createPoint(new Coordinate(lon, lat));
    }
}
