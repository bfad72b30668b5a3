package org.onecity.programs;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.onecity.platform.DemoMode;
import org.onecity.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, adds Mexico City's 2025 social programs (programs/cdmx-programs-2025.json) that are
 * not there yet; a program an administrator changed is left as it is. Runs after the demo catalog.
 */
@Component
@Order(20)
class DemoPrograms implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);
    static final String RESOURCE = "programs/cdmx-programs-2025.json";

    record Entry(String code, String agency, Map<String, String> name, Map<String, String> targetPopulation,
                 Map<String, String> benefit, Long budget2025Mxn, Long beneficiaries2025,
                 Map<String, String> beneficiariesNote, boolean newIn2025, List<String> sourceUrls,
                 String sourceDate) {

        Program program() {
            return new Program(code, agency, new Texts(name), new Texts(targetPopulation), new Texts(benefit),
                    budget2025Mxn, beneficiaries2025, new Texts(beneficiariesNote), newIn2025, sourceUrls, sourceDate,
                    true);
        }
    }

    record CatalogFile(String source, List<Entry> programs) {
    }

    private final Programs programs;
    private final DemoMode demo;

    DemoPrograms(Programs programs, DemoMode demo) {
        this.programs = programs;
        this.demo = demo;
    }

    static List<Program> read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, CatalogFile.class).programs().stream()
                    .map(Entry::program).toList();
        }
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo.enabled()) {
            return;
        }
        int added = 0;
        for (Program p : read()) {
            if (programs.addIfAbsent(p)) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Loaded {} demo social programs", added);
        }
    }
}
