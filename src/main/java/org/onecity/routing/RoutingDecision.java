package org.onecity.routing;

import org.onecity.geo.DistrictAssignment;

/**
 * Where a request goes and why: the rule that matched (its id and description), or the service's
 * owning agency; {@code reason} says it in English.
 */
public record RoutingDecision(String agencyCode, DistrictAssignment districts, Long ruleId, String reason,
                              String ruleDescription) {
}
