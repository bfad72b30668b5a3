package org.onecity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries Spring Modulith verifies, the layering of docs/architecture.md (no arrow runs
 * back up, every module declares what it may use), and the module diagram in {@code docs/modules},
 * which must be what the code says.
 */
class ModularityTest {

    /** From the top down; a module may use only modules of lower layers. */
    static final List<List<String>> LAYERS = List.of(
            List.of("cli"),
            List.of("portal", "workspace", "mydata"),
            List.of("analytics"),
            List.of("programs"),
            List.of("sla", "messaging", "open311", "imports", "opendata"),
            List.of("requests"),
            List.of("people"),
            List.of("sharing"),
            List.of("routing", "accounts"),
            List.of("vault", "audit"),
            List.of("catalog", "geo"),
            List.of("platform"),
            List.of("shared"));

    private static final Path DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(OneCityApplication.class);

    @Test
    void moduleBoundariesHold() {
        modules.verify();
    }

    @Test
    void noDependencyRunsBackUpAndEveryModuleDeclaresItsOwn() {
        List<String> wrong = new ArrayList<>();
        modules.forEach(m -> {
            int layer = layerOf(m.getName());
            if (layer < 0) {
                wrong.add(m.getName() + " is in no layer of docs/architecture.md");
                return;
            }
            m.getDirectDependencies(modules).uniqueModules().forEach(d -> {
                if (layerOf(d.getName()) <= layer) {
                    wrong.add(m.getName() + " -> " + d.getName() + " runs up or sideways");
                }
            });
            if (!declaresDependencies(m.getBasePackage().getName())) {
                wrong.add(m.getName() + " declares no allowedDependencies");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void theModuleDiagramInDocsIsCurrent() throws IOException {
        Path fresh = Path.of("target", "module-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Files.writeString(fresh.resolve("README.md"), table());
        Map<String, String> written = contents(fresh);
        assertThat(written.get("components.puml")).as("the whole-system diagram")
                .contains(modules.stream().map(m -> m.getDisplayName()).toList());
        if (!linesOf(written).equals(linesOf(contents(DOCS)))) {
            replace(DOCS, fresh);
            throw new AssertionError("docs/modules did not match the code; it has been rewritten: review and commit it");
        }
    }

    private String table() {
        StringBuilder b = new StringBuilder("# Modules\n\nWritten by `ModularityTest` from the code (do not edit);"
                + " the diagrams beside it are PlantUML. Layers as in [the architecture](../architecture.md).\n\n"
                + "| module | package | uses |\n|---|---|---|\n");
        LAYERS.stream().flatMap(List::stream).forEach(name -> modules.getModuleByName(name).ifPresent(m -> b
                .append("| ").append(m.getDisplayName()).append(" | `").append(m.getBasePackage().getName())
                .append("` | ").append(String.join(", ", m.getDirectDependencies(modules).uniqueModules()
                        .map(d -> d.getName()).sorted().toList())).append(" |\n")));
        return b.toString();
    }

    private static int layerOf(String module) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(module)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean declaresDependencies(String basePackage) {
        try {
            ApplicationModule a = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            return a != null && !Arrays.asList(a.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> all.put(f.getFileName().toString(), read(f)));
            }
        }
        return all;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each file as its sorted lines: Documenter writes a diagram's relations in the classpath's order, which varies. */
    private static Map<String, List<String>> linesOf(Map<String, String> files) {
        Map<String, List<String>> all = new TreeMap<>();
        files.forEach((name, text) -> all.put(name, text.lines().sorted().toList()));
        return all;
    }

    private static void replace(Path target, Path fresh) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> old = Files.list(target)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        try (Stream<Path> files = Files.list(fresh)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
