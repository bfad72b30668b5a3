package org.onecity.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open311 endpoint settings ({@code onecity.open311.*}).
 *
 * @param jurisdictionId the jurisdiction this endpoint serves; requests naming another get 404
 * @param contact        who to contact about the API (discovery)
 * @param keyService     how to get an API key (discovery)
 * @param changeset      when the endpoint list last changed (discovery)
 * @param defaultLimit   most requests GET requests returns without paging
 */
@ConfigurationProperties("onecity.open311")
public record Open311Settings(@DefaultValue("onecity") String jurisdictionId,
                              @DefaultValue("311 API team, open311@onecity.example") String contact,
                              @DefaultValue("Ask the city's 311 API team for a key; staff admins create keys in OneCity.") String keyService,
                              @DefaultValue("2026-11-27T00:00:00Z") String changeset,
                              @DefaultValue("1000") int defaultLimit) {
}
