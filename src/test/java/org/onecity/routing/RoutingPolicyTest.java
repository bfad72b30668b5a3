package org.onecity.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.DistrictRef;

class RoutingPolicyTest {

    static final DistrictAssignment CENTRAL_PARK = DistrictAssignment.of(new DistrictRef("borough", "1", "Manhattan"),
            new DistrictRef("community_district", "164", "Manhattan JIA 64"));

    static RoutingRule rule(long id, String service, String layer, String code, String agency, int priority) {
        return new RoutingRule(id, service, layer, code, agency, priority, true, "r" + id);
    }

    @Test
    void theHighestPriorityMatchingRuleWinsThenTheMostSpecific() {
        var rules = List.of(rule(1, "nypd-noise-park", null, null, "NYPD", 100),
                rule(2, "nypd-noise-park", "community_district", "164", "DPR", 100),
                rule(3, null, "borough", "1", "DOT", 50),
                rule(4, "nypd-noise-park", "community_district", "105", "DOT", 900));
        assertThat(RoutingPolicy.choose(rules, "nypd-noise-park", CENTRAL_PARK).orElseThrow().agencyCode()).isEqualTo("DPR");
        assertThat(RoutingPolicy.choose(rules, "other", CENTRAL_PARK).orElseThrow().agencyCode()).isEqualTo("DOT");
        assertThat(RoutingPolicy.choose(rules, "other", DistrictAssignment.NONE)).isEmpty();
    }

    @Test
    void inactiveRulesNeverMatch() {
        var off = new RoutingRule(9L, null, "borough", "1", "DOT", 999, false, "off");
        assertThat(RoutingPolicy.choose(List.of(off), "x", CENTRAL_PARK)).isEmpty();
    }
}
