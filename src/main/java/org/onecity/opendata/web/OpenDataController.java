package org.onecity.opendata.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.onecity.opendata.Criteria;
import org.onecity.opendata.Format;
import org.onecity.opendata.OpenData;
import org.onecity.platform.OneCitySettings;
import org.onecity.requests.RequestExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Public downloads of the requests dataset, no login: {@code requests.csv} (NYC Open Data layout),
 * {@code requests.open311.csv}, {@code requests.json}, {@code requests.geojson}; filters
 * {@code from}, {@code to}, {@code agency}, {@code service_code}. Streamed.
 */
@RestController
@RequestMapping("/api/opendata")
class OpenDataController {

    private final OpenData openData;
    private final OneCitySettings city;

    OpenDataController(OpenData openData, OneCitySettings city) {
        this.openData = openData;
        this.city = city;
    }

    /** The open data set in the format its file name asks for; the same filters for every format. */
    @GetMapping({"/requests.csv", "/requests.open311.csv", "/requests.json", "/requests.geojson"})
    ResponseEntity<StreamingResponseBody> requests(HttpServletRequest request,
                                                   @RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to,
                                                   @RequestParam(required = false) List<String> agency,
                                                   @RequestParam(name = "service_code", required = false) List<String> services) {
        String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        Format format = switch (name) {
            case "requests.open311.csv" -> Format.OPEN311_CSV;
            case "requests.json" -> Format.JSON;
            case "requests.geojson" -> Format.GEOJSON;
            default -> Format.NYC_CSV;
        };
        return download(format, name, from, to, agency, services);
    }

    private ResponseEntity<StreamingResponseBody> download(Format format, String name, String from, String to, List<String> agencies,
                                       List<String> services) {
        RequestExport.Criteria criteria = Criteria.of(from, to, agencies, services, city.timeZone());
        StreamingResponseBody body = out -> openData.write(format, criteria, out);
        MediaType type = new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(body);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badFilter(IllegalArgumentException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }
}
