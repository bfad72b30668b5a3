package org.onecity.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the {@code *IT} tests: the whole application on a random port against the shared
 * embedded PostgreSQL, with the demo catalog, accounts and API key loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onecity.demo=true",
        "onecity.data-dir=target/test-data",
        "onecity.jobs.enabled=false",
        "onecity.sharing.key-refresh=1s",
        "spring.main.banner-mode=off"})
public abstract class IntegrationBase {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }
}
