package org.onecity.requests;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake settings ({@code onecity.requests.*}).
 *
 * @param duplicateRadiusMeters an open request of the same type this close is offered as the likely parent
 * @param duplicateWindow       … when it was filed this recently
 * @param requireInsideServiceArea reject coordinates that fall in none of the city's districts
 */
@ConfigurationProperties("onecity.requests")
public record RequestSettings(@DefaultValue("75") double duplicateRadiusMeters,
                              @DefaultValue("72h") Duration duplicateWindow,
                              @DefaultValue("true") boolean requireInsideServiceArea) {
}
