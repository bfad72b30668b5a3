package org.onecity.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/**
 * A grid over one layer that answers a point lookup without any point-in-polygon test when the
 * point's cell lies wholly inside one district and touches no other (or touches none at all), with
 * exactly the answer the full lookup gives. A cell is examined once it has been asked for
 * {@link #WARM} times, so a few lookups (an intake) never pay for it; busy cells (a bulk import)
 * then cost an array read. A cell that several districts touch keeps those districts' candidates, in
 * the layer's order, and a point in it is tested against them alone (no tree query, no test of a
 * district whose bounding box merely overlaps the cell): the first that covers the point is the answer,
 * as in the full lookup, since any candidate covering a point of the cell touches the cell.
 * Thread-safe: cells are set once, racing writers compute the same value.
 */
final class CellCache {

    /** A candidate of the layer: a district's feature with its prepared polygon. */
    record Candidate(DistrictRef ref, PreparedGeometry prepared) {
    }

    interface Candidates {
        List<Candidate> query(Envelope area);
    }

    static final int WARM = 4;
    private static final double SIZE = 0.005;
    private static final int MAX_CELLS = 1 << 20;
    private static final Object OUTSIDE = new Object();

    private final Envelope extent;
    private final int columns;
    private final int rows;
    private final AtomicIntegerArray hits;
    private final AtomicReferenceArray<Object> cells;
    private final Candidates candidates;
    private final GeometryFactory geometries;

    CellCache(Envelope layerExtent, Candidates candidates, GeometryFactory geometries) {
        this.extent = layerExtent;
        this.candidates = candidates;
        this.geometries = geometries;
        long c = (long) Math.ceil(layerExtent.getWidth() / SIZE) + 1;
        long r = (long) Math.ceil(layerExtent.getHeight() / SIZE) + 1;
        boolean usable = c * r <= MAX_CELLS;
        this.columns = usable ? (int) c : 0;
        this.rows = usable ? (int) r : 0;
        this.hits = new AtomicIntegerArray(columns * rows);
        this.cells = new AtomicReferenceArray<>(columns * rows);
    }

    /** A cell several districts touch: their candidates in the order of the layer's query. */
    private record Mixed(Candidate[] touching) {
    }

    /**
     * The answer for the point when its cell knows it: {@code found[0]} is set to the district (or null
     * for none) and true is returned; false means "look it up exactly".
     */
    boolean answer(Point point, DistrictRef[] found) {
        double x = point.getX();
        double y = point.getY();
        if (columns == 0) {
            return false;
        }
        if (!extent.contains(x, y)) {
            found[0] = null;
            return true;
        }
        int col = (int) ((x - extent.getMinX()) / SIZE);
        int row = (int) ((y - extent.getMinY()) / SIZE);
        if (col < 0 || row < 0 || col >= columns || row >= rows) {
            return false;
        }
        Envelope cell = cell(col, row);
        if (!cell.contains(x, y)) {
            return false; // rounding put the point at a cell's edge: the exact lookup decides
        }
        int i = row * columns + col;
        Object known = cells.get(i);
        if (known == null) {
            if (hits.incrementAndGet(i) < WARM) {
                return false;
            }
            known = classify(cell);
            cells.compareAndSet(i, null, known);
        }
        if (known instanceof Mixed mixed) {
            found[0] = null;
            for (Candidate c : mixed.touching()) {
                if (c.prepared().covers(point)) {
                    found[0] = c.ref();
                    break;
                }
            }
            return true;
        }
        found[0] = known == OUTSIDE ? null : (DistrictRef) known;
        return true;
    }

    private Envelope cell(int col, int row) {
        double x0 = extent.getMinX() + col * SIZE;
        double y0 = extent.getMinY() + row * SIZE;
        return new Envelope(x0, x0 + SIZE, y0, y0 + SIZE);
    }

    /**
     * The one district covering the whole cell and touching it alone, OUTSIDE when none touches it, else the
     * candidates that touch it.
     */
    private Object classify(Envelope cell) {
        Geometry box = geometries.toGeometry(cell);
        List<Candidate> touching = new ArrayList<>(2);
        for (Candidate c : candidates.query(cell)) {
            if (c.prepared().intersects(box)) {
                touching.add(c);
            }
        }
        if (touching.isEmpty()) {
            return OUTSIDE;
        }
        if (touching.size() == 1 && touching.get(0).prepared().covers(box)) {
            return touching.get(0).ref();
        }
        return new Mixed(touching.toArray(Candidate[]::new));
    }
}
