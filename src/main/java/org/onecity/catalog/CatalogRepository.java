package org.onecity.catalog;

import static org.onecity.catalog.internal.JsonTexts.json;
import static org.onecity.catalog.internal.JsonTexts.texts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.internal.JsonTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies and service types in the catalog schema. */
@Repository
class CatalogRepository {

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Agency> agencies() {
        Map<String, List<EscalationLevel>> chains = new LinkedHashMap<>();
        jdbc.sql("select * from catalog.escalation_level order by agency_code, level").query((rs, n) -> {
            chains.computeIfAbsent(rs.getString("agency_code"), k -> new ArrayList<>()).add(new EscalationLevel(
                    rs.getInt("level"), rs.getString("role"), texts(rs.getString("title")),
                    rs.getString("person"), rs.getInt("delay_hours")));
            return null;
        }).list();
        return jdbc.sql("select * from catalog.agency order by code").query((rs, n) -> new Agency(
                rs.getString("code"), texts(rs.getString("name")), rs.getString("email"), rs.getString("phone"),
                rs.getString("url"), rs.getString("parent_code"), rs.getBoolean("active"),
                chains.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    List<ServiceType> services() {
        Map<String, List<ServiceAttribute>> forms = new LinkedHashMap<>();
        jdbc.sql("select * from catalog.service_attribute order by service_code, ord").query((rs, n) -> {
            forms.computeIfAbsent(rs.getString("service_code"), k -> new ArrayList<>()).add(new ServiceAttribute(
                    rs.getString("code"), Datatype.fromWire(rs.getString("datatype")).orElseThrow(),
                    rs.getBoolean("required"), rs.getBoolean("variable"), rs.getInt("ord"),
                    texts(rs.getString("description")), texts(rs.getString("datatype_description")),
                    JsonTexts.values(rs.getString("value_list"))));
            return null;
        }).list();
        return jdbc.sql("select * from catalog.service_type order by code").query((rs, n) -> new ServiceType(
                rs.getString("code"), rs.getString("agency_code"), texts(rs.getString("name")),
                texts(rs.getString("description")), texts(rs.getString("group_name")),
                JsonTexts.keywords(rs.getString("keywords")), rs.getInt("sla_hours"),
                Open311Type.fromWire(rs.getString("open311_type")).orElseThrow(), rs.getBoolean("active"),
                forms.getOrDefault(rs.getString("code"), List.of()))).list();
    }

    void lockForLoading() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onecity.catalog.load'))").query().singleRow();
    }

    long serviceCount() {
        return jdbc.sql("select count(*) from catalog.service_type").query(Long.class).single();
    }

    void upsertAgency(Agency a) {
        jdbc.sql("""
                insert into catalog.agency (code, name, email, phone, url, parent_code, active, updated_at)
                values (:code, :name::jsonb, :email, :phone, :url, :parent, :active, now())
                on conflict (code) do update set name = excluded.name, email = excluded.email,
                    phone = excluded.phone, url = excluded.url, parent_code = excluded.parent_code,
                    active = excluded.active, updated_at = now()""")
                .param("code", a.code()).param("name", json(a.name())).param("email", a.email())
                .param("phone", a.phone()).param("url", a.url()).param("parent", a.parentCode())
                .param("active", a.active()).update();
        jdbc.sql("delete from catalog.escalation_level where agency_code = ?").param(a.code()).update();
        for (EscalationLevel l : a.escalationChain()) {
            jdbc.sql("""
                    insert into catalog.escalation_level (agency_code, level, role, title, person, delay_hours)
                    values (?, ?, ?, ?::jsonb, ?, ?)""")
                    .params(a.code(), l.level(), l.role(), json(l.title()), l.person(), l.delayHours()).update();
        }
    }

    void upsertService(ServiceType s) {
        jdbc.sql("""
                insert into catalog.service_type (code, agency_code, name, description, group_name, keywords,
                    sla_hours, open311_type, active, updated_at)
                values (:code, :agency, :name::jsonb, :description::jsonb, :group::jsonb, :keywords::jsonb,
                    :sla, :type, :active, now())
                on conflict (code) do update set agency_code = excluded.agency_code, name = excluded.name,
                    description = excluded.description, group_name = excluded.group_name,
                    keywords = excluded.keywords, sla_hours = excluded.sla_hours,
                    open311_type = excluded.open311_type, active = excluded.active, updated_at = now()""")
                .param("code", s.code()).param("agency", s.agencyCode()).param("name", json(s.name()))
                .param("description", json(s.description())).param("group", json(s.group()))
                .param("keywords", JsonTexts.json((Object) s.keywords())).param("sla", s.slaHours())
                .param("type", s.type().wire()).param("active", s.active()).update();
        jdbc.sql("delete from catalog.service_attribute where service_code = ?").param(s.code()).update();
        for (ServiceAttribute a : s.attributes()) {
            jdbc.sql("""
                    insert into catalog.service_attribute (service_code, code, datatype, required, variable, ord,
                        description, datatype_description, value_list)
                    values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)""")
                    .params(s.code(), a.code(), a.datatype().wire(), a.required(), a.variable(), a.order(),
                            json(a.description()), a.datatypeDescription().isEmpty() ? null : json(a.datatypeDescription()),
                            JsonTexts.valuesJson(a.values()))
                    .update();
        }
    }

    int setServiceActive(String code, boolean active) {
        return jdbc.sql("update catalog.service_type set active = ?, updated_at = now() where code = ?")
                .params(active, code).update();
    }
}
