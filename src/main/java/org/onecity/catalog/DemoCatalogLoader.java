package org.onecity.catalog;

import java.io.InputStream;
import org.onecity.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** In demo mode, loads NYC's real 311 taxonomy (and a few Mexico City topics) into an empty catalog. */
@Component
@Order(10)
class DemoCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);
    static final String RESOURCE = "catalog/demo-catalog.json";

    private final Catalog catalog;
    private final DemoMode demo;

    DemoCatalogLoader(Catalog catalog, DemoMode demo) {
        this.catalog = catalog;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demo.enabled()) {
            return;
        }
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            CatalogFile file = CatalogFile.read(in);
            if (catalog.loadIfEmpty(file.agencies(), file.services())) {
                log.info("Loaded the demo catalog: {} agencies, {} service types",
                        file.agencies().size(), file.services().size());
            }
        }
    }
}
