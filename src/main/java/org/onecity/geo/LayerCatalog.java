package org.onecity.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layers to index: the built-in ones of {@code classpath:geo/layers.json} (their files
 * beside it) followed by the extra layers of {@link GeoSettings} (files on the file system).
 */
final class LayerCatalog {

    private static final String BUILT_IN = "geo/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LayerCatalog() {
    }

    static List<LayerIndex> load(GeoSettings settings, GeometryFactory geometries) {
        List<Source> sources = new ArrayList<>();
        builtIn().forEach(layer -> sources.add(new Source(layer, true)));
        settings.extraLayers().forEach(layer -> sources.add(new Source(layer, false)));
        Set<String> ids = new HashSet<>();
        for (Source source : sources) {
            DistrictNaming.requireKnownRule(source.layer().naming());
            if (!ids.add(source.layer().id())) {
                throw new IllegalStateException("Geo layer id used twice: " + source.layer().id());
            }
        }
        GeoJsonLayerReader reader = new GeoJsonLayerReader(geometries);
        return sources.parallelStream().map(source -> source.index(reader)).toList();
    }

    static List<LayerDescriptor> builtIn() {
        try (InputStream in = classpath(BUILT_IN + "layers.json")) {
            return List.of(JSON.readValue(in, LayerDescriptor[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in geo layers", e);
        }
    }

    private static InputStream classpath(String resource) throws IOException {
        InputStream in = LayerCatalog.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Not on the classpath: " + resource);
        }
        return in;
    }

    private record Source(LayerDescriptor layer, boolean builtIn) {

        LayerIndex index(GeoJsonLayerReader reader) {
            try (InputStream in = builtIn
                    ? classpath(BUILT_IN + layer.file())
                    : Files.newInputStream(Path.of(layer.file()))) {
                return new LayerIndex(layer, builtIn, reader.read(layer, in));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read geo layer " + layer.id() + " from " + layer.file(), e);
            }
        }
    }
}
