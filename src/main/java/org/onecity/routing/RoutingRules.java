package org.onecity.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoutingRules {

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RoutingRule> forService(String serviceCode) {
        return jdbc.sql("""
                select * from routing.rule where active and (service_code is null or service_code = ?)""")
                .param(serviceCode).query(this::map).list();
    }

    List<RoutingRule> all() {
        return jdbc.sql("select * from routing.rule order by priority desc, id").query(this::map).list();
    }

    Optional<RoutingRule> find(long id) {
        return jdbc.sql("select * from routing.rule where id = ?").param(id).query(this::map).optional();
    }

    long insert(RoutingRule r) {
        return jdbc.sql("""
                insert into routing.rule (service_code, layer, district_code, agency_code, priority, active, description)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.serviceCode(), r.layer(), r.districtCode(), r.agencyCode(), r.priority(), r.active(),
                        r.description())
                .query(Long.class).single();
    }

    int deactivate(long id) {
        return jdbc.sql("update routing.rule set active = false where id = ?").param(id).update();
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
