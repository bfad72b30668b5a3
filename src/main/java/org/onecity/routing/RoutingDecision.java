package org.onecity.routing;

import org.onecity.geo.DistrictAssignment;

/** Where a request goes and why: the rule that matched, or the service's owning agency. */
public record RoutingDecision(String agencyCode, DistrictAssignment districts, Long ruleId, String reason) {
}
