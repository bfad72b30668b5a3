package org.onecity.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** The cell cache gives exactly the full lookup's answer, for busy cells, cell edges and district boundaries. */
class CellCacheTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void cachedAnswersEqualTheExactLookupEverywhere() {
        Districts districts = DistrictsTest.DISTRICTS;
        Random random = new Random(7);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // lower Manhattan, Brooklyn, Queens waterfront and water: pure, mixed and outside cells
            points.add(point(-74.03 + random.nextDouble() * 0.10, 40.68 + random.nextDouble() * 0.06));
        }
        for (int c = 0; c < 20; c++) {
            for (int r = 0; r < 12; r++) { // cell corners and edges
                points.add(point(-74.03 + c * 0.005, 40.68 + r * 0.005));
                points.add(point(-74.03 + c * 0.005 + 0.0025, 40.68 + r * 0.005));
            }
        }
        for (String layer : List.of("borough", "community_district", "zip")) {
            LayerIndex index = districts.layer(layer);
            index.features().stream().limit(10).forEach(f -> {
                for (Coordinate v : f.geometry().getCoordinates()) { // district boundaries
                    points.add(point(v.x, v.y));
                }
            });
        }
        for (String layer : List.of("borough", "community_district", "zip", "alcaldia")) {
            LayerIndex index = districts.layer(layer);
            for (int round = 0; round < 2; round++) {
                for (Point p : points) {
                    assertThat(index.locate(p)).as(layer + " " + p).isEqualTo(index.locateExactly(p));
                }
            }
        }
    }

    private static Point point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }
}
