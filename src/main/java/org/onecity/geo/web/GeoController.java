package org.onecity.geo.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.DistrictLayer;
import org.onecity.geo.Districts;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/geo}: the district layers, each layer as simplified GeoJSON for the portal map, and
 * the districts of a point. Public and read-only. Errors are {@code {"error": "..."}}.
 */
@RestController
@RequestMapping("/api/geo")
class GeoController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final String DEFAULT_TOLERANCE = "0.0005";
    private static final double MAX_TOLERANCE = 0.01;
    private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final Districts districts;

    GeoController(Districts districts) {
        this.districts = districts;
    }

    @GetMapping("/layers")
    List<DistrictLayer> layers() {
        return districts.layers();
    }

    /** The layer's districts simplified to {@code tolerance} degrees (0 to 0.01; 0 keeps every vertex). */
    @GetMapping("/layers/{layer}.geojson")
    ResponseEntity<String> layer(@PathVariable String layer,
            @RequestParam(defaultValue = DEFAULT_TOLERANCE) String tolerance) {
        List<DistrictLayer> layers = districts.layers();
        if (layers.stream().noneMatch(known -> known.id().equals(layer))) {
            throw new GeoRequestException(HttpStatus.NOT_FOUND, "Unknown district layer; the layers are "
                    + layers.stream().map(DistrictLayer::id).collect(Collectors.joining(", ")));
        }
        double toleranceDegrees = QueryNumber.parse(tolerance, "tolerance", 0, MAX_TOLERANCE);
        return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(ONE_DAY)
                .body(districts.layerGeoJson(layer, toleranceDegrees));
    }

    /** The districts of a point; a district absent from the answer means no district of that layer has it. */
    @GetMapping("/locate")
    DistrictAssignment locate(@RequestParam(required = false) String lat,
            @RequestParam(name = "long", required = false) String lon) {
        return districts.locate(QueryNumber.parse(lat, "lat", -90, 90), QueryNumber.parse(lon, "long", -180, 180));
    }

    @ExceptionHandler(GeoRequestException.class)
    ResponseEntity<Map<String, String>> refused(GeoRequestException refused) {
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", refused.getMessage()));
    }
}
