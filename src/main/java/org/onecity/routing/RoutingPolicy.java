package org.onecity.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.onecity.geo.DistrictAssignment;

/** Picks the rule that applies to a service type at a place. Pure: no database, no Spring. */
final class RoutingPolicy {

    private RoutingPolicy() {
    }

    static Optional<RoutingRule> choose(List<RoutingRule> rules, String serviceCode, DistrictAssignment where) {
        return rules.stream()
                .filter(RoutingRule::active)
                .filter(r -> r.serviceCode() == null || r.serviceCode().equals(serviceCode))
                .filter(r -> r.layer() == null || inDistrict(where, r.layer(), r.districtCode()))
                .max(Comparator.comparingInt(RoutingRule::priority)
                        .thenComparingInt(RoutingRule::specificity)
                        .thenComparing(r -> -r.id()));
    }

    private static boolean inDistrict(DistrictAssignment where, String layer, String code) {
        return code.equals(where.code(layer));
    }
}
