package org.onecity.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Embedded PostgreSQL unless {@code spring.datasource.url} points at an external one (then Spring
 * Boot's own DataSource configuration applies and nothing starts here).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgresServer embeddedPostgresServer(OneCitySettings settings, EmbeddedDatabaseSettings database) {
        return EmbeddedPostgresServer.start(settings.dataDir(), database.server());
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseSettings database) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(database.poolSize());
        ds.setPoolName("onecity");
        return ds;
    }

    @Bean
    DemoMode demoMode(OneCitySettings settings, Environment env) {
        boolean enabled = settings.demo() != null ? settings.demo() : EmbeddedDatabaseCondition.embedded(env);
        return new DemoMode(enabled, env.getProperty("onecity.demo.api-key", "demo-key"));
    }
}
