package org.onecity.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configuration contract of a OneCity node ({@code onecity.*}).
 *
 * @param dataDir where the embedded database and uploaded media live
 * @param demo    demo data on or off; unset means "on with the embedded database, off otherwise"
 * @param timeZone  the city's time zone: dates on the API and pages are shown in it
 */
@ConfigurationProperties("onecity")
public record OneCitySettings(
        @DefaultValue("./onecity-data") Path dataDir,
        Boolean demo,
        @DefaultValue("America/New_York") java.time.ZoneId timeZone) {

    public Path mediaDir() {
        return dataDir.resolve("media");
    }
}
