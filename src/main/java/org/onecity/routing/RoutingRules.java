package org.onecity.routing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.onecity.platform.RefreshingSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * routing.rule. Intake asks for the active rules of a service on every request: they are served from
 * memory, reloaded in the background every few seconds (another node's change shows within that
 * time) and at once after a change on this node.
 */
@Repository
class RoutingRules {

    private static final Duration SNAPSHOT_AGE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final RefreshingSnapshot<Active> active;

    /** The active rules: by service code, and those for every service. */
    private record Active(Map<String, List<RoutingRule>> byService, List<RoutingRule> everyService) {

        static Active of(List<RoutingRule> rules) {
            return new Active(rules.stream().filter(r -> r.serviceCode() != null)
                    .collect(Collectors.groupingBy(RoutingRule::serviceCode)),
                    rules.stream().filter(r -> r.serviceCode() == null).toList());
        }

        List<RoutingRule> forService(String serviceCode) {
            List<RoutingRule> own = byService.getOrDefault(serviceCode, List.of());
            return own.isEmpty() ? everyService : Stream.concat(own.stream(), everyService.stream()).toList();
        }
    }

    RoutingRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.active = new RefreshingSnapshot<>(() -> Active.of(jdbc.sql("select * from routing.rule where active order by id")
                .query(this::map).list()), clock, SNAPSHOT_AGE, ForkJoinPool.commonPool());
    }

    /** The active rules for the service and those for every service (no service code). */
    List<RoutingRule> forService(String serviceCode) {
        return active.get().forService(serviceCode);
    }

    List<RoutingRule> all() {
        return jdbc.sql("select * from routing.rule order by priority desc, id").query(this::map).list();
    }

    Optional<RoutingRule> find(long id) {
        return jdbc.sql("select * from routing.rule where id = ?").param(id).query(this::map).optional();
    }

    long insert(RoutingRule r) {
        long id = jdbc.sql("""
                insert into routing.rule (service_code, layer, district_code, agency_code, priority, active, description)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.serviceCode(), r.layer(), r.districtCode(), r.agencyCode(), r.priority(), r.active(),
                        r.description())
                .query(Long.class).single();
        active.forget();
        return id;
    }

    int deactivate(long id) {
        int changed = jdbc.sql("update routing.rule set active = false where id = ?").param(id).update();
        active.forget();
        return changed;
    }

    long count() {
        return jdbc.sql("select count(*) from routing.rule").query(Long.class).single();
    }

    private RoutingRule map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RoutingRule(rs.getLong("id"), rs.getString("service_code"), rs.getString("layer"),
                rs.getString("district_code"), rs.getString("agency_code"), rs.getInt("priority"),
                rs.getBoolean("active"), rs.getString("description"));
    }
}
