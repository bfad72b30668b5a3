package org.onecity.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.onecity.catalog.Catalog;
import org.onecity.geo.Districts;
import org.onecity.platform.OneCitySettings;
import org.onecity.requests.RequestExport;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data facade: writes the requests matching the criteria in a published format, streamed
 * from a database cursor, with no personal data (see {@link Publisher}).
 */
@Service
public class OpenData {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final RequestExport requests;
    private final Catalog catalog;
    private final Districts districts;
    private final OpenDataSettings settings;
    private final OneCitySettings city;

    OpenData(RequestExport requests, Catalog catalog, Districts districts, OpenDataSettings settings,
             OneCitySettings city) {
        this.requests = requests;
        this.catalog = catalog;
        this.districts = districts;
        this.settings = settings;
        this.city = city;
    }

    /** Writes the dataset to {@code out} (left open); returns the number of requests written. */
    public long write(Format format, RequestExport.Criteria criteria, OutputStream out) {
        Publisher publisher = new Publisher(catalog, districts, settings);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            long n = switch (format) {
                case NYC_CSV -> csv(w, CsvLayouts.NYC, criteria, publisher, true);
                case OPEN311_CSV -> csv(w, CsvLayouts.OPEN311, criteria, publisher, false);
                case JSON, GEOJSON -> json(w, format == Format.GEOJSON, criteria, publisher);
            };
            w.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long csv(Writer w, java.util.List<String> header, RequestExport.Criteria criteria, Publisher publisher,
                     boolean nyc) throws IOException {
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        CsvLayouts layouts = new CsvLayouts(city.timeZone());
        long n = requests.stream(criteria, r -> {
            try {
                Published p = publisher.publish(r);
                if (nyc) {
                    layouts.nyc(csv, p);
                } else {
                    CsvLayouts.open311(csv, p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
        return n;
    }

    private long json(Writer w, boolean geo, RequestExport.Criteria criteria, Publisher publisher) {
        try (JsonGenerator g = JSON.createGenerator(w)) {
            if (geo) {
                g.writeStartObject();
                g.writeStringProperty("type", "FeatureCollection");
                g.writeName("features");
            }
            g.writeStartArray();
            long n = requests.stream(criteria, r -> {
                Published p = publisher.publish(r);
                if (geo && p.lat() == null) {
                    return;
                }
                JsonLayouts.write(g, p, geo);
            });
            g.writeEndArray();
            if (geo) {
                g.writeEndObject();
            }
            g.flush();
            return n;
        }
    }
}
