package org.onecity.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configuration contract of a OneCity node ({@code onecity.*}).
 *
 * @param dataDir where the embedded database and uploaded media live
 * @param demo    demo data on or off; unset means "on with the embedded database, off otherwise"
 * @param demoApiKey the Open311 API key created in demo mode
 */
@ConfigurationProperties("onecity")
public record OneCitySettings(
        @DefaultValue("./onecity-data") Path dataDir,
        Boolean demo,
        @DefaultValue("demo-key") String demoApiKey) {

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
