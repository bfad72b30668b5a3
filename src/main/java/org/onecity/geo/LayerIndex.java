package org.onecity.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The districts of one layer in an STR-tree of prepared polygons. Built once and never changed,
 * so lookups are safe from any number of threads (JTS synchronizes the lazy parts of prepared
 * polygons; {@link #LayerIndex} builds them eagerly anyway). A {@link CellCache} answers busy cells
 * that lie wholly inside one district without a point-in-polygon test.
 */
final class LayerIndex {

    /** One feature of the layer; a district may consist of several. */
    record Feature(DistrictRef ref, Geometry geometry) {
    }

    private record Entry(DistrictRef ref, PreparedGeometry prepared) {
    }

    private final LayerDescriptor descriptor;
    private final boolean builtIn;
    private final List<Feature> features;
    private final List<DistrictRef> districts;
    private final STRtree tree = new STRtree();
    private final CellCache cells;

    LayerIndex(LayerDescriptor descriptor, boolean builtIn, List<Feature> features) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("Geo layer " + descriptor.id() + " has no districts");
        }
        this.descriptor = descriptor;
        this.builtIn = builtIn;
        this.features = features.stream()
                .sorted(Comparator.comparing((Feature f) -> f.ref().code())).toList();
        Map<String, DistrictRef> byCode = new LinkedHashMap<>();
        for (Feature feature : this.features) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(feature.geometry());
            prepared.covers(feature.geometry().getCentroid()); // builds the lazy point locator now
            tree.insert(feature.geometry().getEnvelopeInternal(), new Entry(feature.ref(), prepared));
            byCode.putIfAbsent(feature.ref().code(), feature.ref());
        }
        tree.build();
        this.districts = List.copyOf(byCode.values());
        Envelope extent = new Envelope();
        features.forEach(f -> extent.expandToInclude(f.geometry().getEnvelopeInternal()));
        this.cells = new CellCache(extent, area -> {
            List<CellCache.Candidate> found = new ArrayList<>();
            for (Object o : tree.query(area)) {
                found.add(new CellCache.Candidate(((Entry) o).ref(), ((Entry) o).prepared()));
            }
            return found;
        }, new GeometryFactory());
    }

    /** The district covering the point (its boundary included), or null. */
    DistrictRef locate(Point point) {
        DistrictRef[] known = new DistrictRef[1];
        if (cells.answer(point, known)) {
            return known[0];
        }
        return locateExactly(point);
    }

    DistrictRef locateExactly(Point point) {
        for (Object candidate : tree.query(point.getEnvelopeInternal())) {
            Entry entry = (Entry) candidate;
            if (entry.prepared().covers(point)) {
                return entry.ref();
            }
        }
        return null;
    }

    String id() {
        return descriptor.id();
    }

    DistrictLayer describe() {
        return new DistrictLayer(descriptor.id(), descriptor.city(), descriptor.title(), districts.size(),
                descriptor.attribute());
    }

    /** True for a layer of {@code classpath:geo/layers.json}, false for one a city added in the settings. */
    boolean builtIn() {
        return builtIn;
    }

    /** Distinct districts ordered by code. */
    List<DistrictRef> districts() {
        return districts;
    }

    /** Features ordered by code, full resolution. */
    List<Feature> features() {
        return features;
    }
}
