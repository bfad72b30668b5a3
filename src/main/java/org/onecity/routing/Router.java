package org.onecity.routing;

import java.util.ArrayList;
import java.util.List;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.DistrictLayer;
import org.onecity.geo.Districts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decides which agency a request goes to, from its service type and the districts it falls in. */
@Service
public class Router {

    private final RoutingRules rules;
    private final Districts districts;
    private final Catalog catalog;

    Router(RoutingRules rules, Districts districts, Catalog catalog) {
        this.rules = rules;
        this.districts = districts;
        this.catalog = catalog;
    }

    public DistrictAssignment locate(Double lat, Double lon) {
        return lat == null || lon == null ? DistrictAssignment.NONE : districts.locate(lat, lon);
    }

    public boolean insideServiceArea(double lat, double lon) {
        return districts.insideServiceArea(lat, lon);
    }

    public RoutingDecision route(ServiceType service, Double lat, Double lon) {
        DistrictAssignment where = locate(lat, lon);
        // a rule naming a deactivated agency routes nothing: the next rule, or the service's owner, decides
        var live = rules.forService(service.code()).stream()
                .filter(r -> catalog.agency(r.agencyCode()).map(a -> a.active()).orElse(false)).toList();
        return RoutingPolicy.choose(live, service.code(), where)
                .map(r -> new RoutingDecision(r.agencyCode(), where, r.id(), "rule " + r.id() + ": " + r.description(),
                        r.description()))
                .orElseGet(() -> new RoutingDecision(service.agencyCode(), where, null,
                        "service " + service.code() + " is owned by " + service.agencyCode(), null));
    }

    public List<RoutingRule> rules() {
        return rules.all();
    }

    @Transactional
    public RoutingRule addRule(RoutingRule rule) {
        List<String> problems = new ArrayList<>();
        if (rule.serviceCode() != null && catalog.service(rule.serviceCode()).isEmpty()) {
            problems.add("unknown service_code " + rule.serviceCode());
        }
        if (catalog.agency(rule.agencyCode()).isEmpty()) {
            problems.add("unknown agency_code " + rule.agencyCode());
        }
        if ((rule.layer() == null) != (rule.districtCode() == null)) {
            problems.add("layer and district_code go together");
        }
        List<String> layers = districts.layers().stream().map(DistrictLayer::id).toList();
        if (rule.layer() != null && !layers.contains(rule.layer())) {
            problems.add("unknown layer " + rule.layer() + "; the layers are " + String.join(", ", layers));
        }
        if (rule.serviceCode() == null && rule.layer() == null) {
            problems.add("a rule needs a service_code, a district, or both");
        }
        if (rule.description() == null || rule.description().isBlank()) {
            problems.add("description is required");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        long id = rules.insert(rule);
        return rules.find(id).orElseThrow();
    }

    @Transactional
    public boolean deactivate(long id) {
        return rules.deactivate(id) == 1;
    }

    @Transactional
    public void addDemoRulesIfNone(List<RoutingRule> demo) {
        if (rules.count() == 0) {
            demo.forEach(rules::insert);
        }
    }
}
