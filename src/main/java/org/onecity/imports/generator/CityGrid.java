package org.onecity.imports.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.Districts;

/**
 * Where synthetic requests happen: the city's bounding box cut into cells, keeping the cells whose
 * centre lies in a real borough polygon (with the borough and ZIP area of the centre), weighted by
 * how busy each borough is in 311 data. Points are drawn in a cell and drawn again when they fall
 * outside every polygon (water, a shore).
 */
public final class CityGrid {

    /** NYC's layers (geo/layers.json): the generator writes NYC's export format. */
    private static final String BOROUGH = "borough";
    private static final String COMMUNITY_DISTRICT = "community_district";
    private static final String ZIP = "zip";
    /** Relative 311 volume per unit of land by borough code (denser boroughs call more). */
    private static final Map<String, Double> BOROUGH_WEIGHT = Map.of("1", 3.0, "2", 1.6, "3", 1.4, "4", 0.8, "5", 0.5);
    private static final double SOUTH = 40.49;
    private static final double NORTH = 40.92;
    private static final double WEST = -74.26;
    private static final double EAST = -73.69;
    private static final int STEPS = 240;

    /** A drawn location: coordinates and the names the file carries. */
    public record Place(double lat, double lon, String boroughName, String zip) {
    }

    private record Cell(double lat, double lon, String borough, String zip) {
    }

    private final Districts districts;
    private final List<Cell> cells = new ArrayList<>();
    private final double[] cumulative;
    private final Map<String, String> boroughNames = new java.util.HashMap<>();

    public CityGrid(Districts districts) {
        this.districts = districts;
        districts.districts(BOROUGH).forEach(b -> boroughNames.put(b.code(), b.name().toUpperCase()));
        double dLat = (NORTH - SOUTH) / STEPS;
        double dLon = (EAST - WEST) / STEPS;
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            for (int j = 0; j < STEPS; j++) {
                double lat = SOUTH + (i + 0.5) * dLat;
                double lon = WEST + (j + 0.5) * dLon;
                DistrictAssignment d = districts.locate(lat, lon);
                String borough = d.code(BOROUGH);
                if (borough != null && d.code(COMMUNITY_DISTRICT) != null) {
                    String zip = d.code(ZIP);
                    cells.add(new Cell(lat, lon, borough, zip == null ? "" : zip));
                    weights.add(BOROUGH_WEIGHT.getOrDefault(borough, 1.0));
                }
            }
        }
        cumulative = new double[cells.size()];
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double sum = 0;
        for (int i = 0; i < cells.size(); i++) {
            sum += weights.get(i) / total;
            cumulative[i] = sum;
        }
    }

    public Place draw(SplittableRandom random) {
        double dLat = (NORTH - SOUTH) / STEPS;
        double dLon = (EAST - WEST) / STEPS;
        while (true) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            Cell c = cells.get(i >= 0 ? i : Math.min(-i - 1, cells.size() - 1));
            double lat = Math.round((c.lat() + (random.nextDouble() - 0.5) * dLat) * 1e6) / 1e6;
            double lon = Math.round((c.lon() + (random.nextDouble() - 0.5) * dLon) * 1e6) / 1e6;
            if (districts.insideServiceArea(lat, lon)) {
                return new Place(lat, lon, boroughNames.getOrDefault(c.borough(), "Unspecified"), c.zip());
            }
        }
    }
}
