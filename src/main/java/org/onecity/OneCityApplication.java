package org.onecity;

import org.onecity.cli.OneCityCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * OneCity: one place where residents reach every agency. The entry point hands the command line
 * to picocli; {@code serve} (the default) starts the web application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OneCityApplication {

    public static void main(String[] args) {
        int exit = OneCityCommandLine.run(OneCityApplication.class, args);
        if (exit != OneCityCommandLine.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
