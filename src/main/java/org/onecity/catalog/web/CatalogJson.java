package org.onecity.catalog.web;

import java.util.List;
import java.util.Map;
import org.onecity.catalog.Agency;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;

/** The admin API's JSON shape of agencies and service types (the same as the catalog file's). */
final class CatalogJson {

    private CatalogJson() {
    }

    static Map<String, Object> agency(Agency a) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("code", a.code());
        m.put("name", a.name().values());
        m.put("email", a.email());
        m.put("phone", a.phone());
        m.put("url", a.url());
        m.put("parent", a.parentCode());
        m.put("active", a.active());
        m.put("escalation", a.escalationChain().stream().map(l -> Map.of("level", l.level(), "role", l.role(),
                "title", l.title().values(), "delay_hours", l.delayHours())).toList());
        return m;
    }

    static Map<String, Object> service(ServiceType s) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("code", s.code());
        m.put("agency", s.agencyCode());
        m.put("name", s.name().values());
        m.put("description", s.description().values());
        m.put("group", s.group().values());
        m.put("keywords", s.keywords());
        m.put("sla_hours", s.slaHours());
        m.put("type", s.type().wire());
        m.put("active", s.active());
        m.put("attributes", s.attributes().stream().map(CatalogJson::attribute).toList());
        return m;
    }

    private static Map<String, Object> attribute(ServiceAttribute a) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("code", a.code());
        m.put("datatype", a.datatype().wire());
        m.put("required", a.required());
        m.put("variable", a.variable());
        m.put("order", a.order());
        m.put("description", a.description().values());
        if (!a.values().isEmpty()) {
            List<Map<String, Object>> values = a.values().stream()
                    .map(v -> Map.<String, Object>of("key", v.key(), "name", v.name().values())).toList();
            m.put("values", values);
        }
        return m;
    }
}
