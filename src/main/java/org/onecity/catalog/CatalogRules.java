package org.onecity.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes an agency or a service type acceptable in the catalog (checked before writing). */
final class CatalogRules {

    private CatalogRules() {
    }

    static List<String> check(Agency a, Set<String> knownAgencies) {
        List<String> p = new ArrayList<>();
        if (a.code() == null || !a.code().matches("[A-Z0-9][A-Z0-9_-]{0,31}")) {
            p.add("code must be 1-32 upper-case letters, digits, '-' or '_'");
        }
        if (a.name() == null || a.name().english().isBlank()) {
            p.add("name needs an English text");
        }
        if (a.parentCode() != null && (a.parentCode().equals(a.code()) || !knownAgencies.contains(a.parentCode()))) {
            p.add("parent must be another existing agency");
        }
        Set<Integer> levels = new HashSet<>();
        int lastDelay = -1;
        for (EscalationLevel l : a.escalationChain()) {
            if (!levels.add(l.level()) || l.level() < 1) {
                p.add("escalation levels must be distinct positive numbers");
            }
            if (l.delayHours() < lastDelay) {
                p.add("escalation delays must not decrease along the chain");
            }
            lastDelay = l.delayHours();
            if (l.role() == null || l.role().isBlank() || l.title() == null || l.title().english().isBlank()) {
                p.add("every escalation level needs a role and an English title");
            }
        }
        return p;
    }

    static List<String> check(ServiceType s, Set<String> knownAgencies) {
        List<String> p = new ArrayList<>();
        if (s.code() == null || !s.code().matches("[a-z0-9]+(-[a-z0-9]+)*") || s.code().length() > 60) {
            p.add("code must be a lower-case slug of at most 60 characters");
        }
        if (s.agencyCode() == null || !knownAgencies.contains(s.agencyCode())) {
            p.add("agency must be an existing agency code");
        }
        if (s.name() == null || s.name().english().isBlank()) {
            p.add("name needs an English text");
        }
        if (s.slaHours() <= 0) {
            p.add("sla_hours must be positive");
        }
        if (s.type() == null) {
            p.add("type must be realtime, batch or blackbox");
        }
        Set<String> codes = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (ServiceAttribute a : s.attributes()) {
            if (a.code() == null || !a.code().matches("[A-Za-z0-9_.-]{1,60}") || !codes.add(a.code())) {
                p.add("attribute codes must be unique and made of letters, digits, '.', '_' or '-'");
            }
            if (a.order() < 1 || !orders.add(a.order())) {
                p.add("attribute orders must be unique positive numbers");
            }
            if (a.datatype() == null) {
                p.add("attribute " + a.code() + " needs one of the six Open311 datatypes");
            } else if (a.datatype().isList() != !a.values().isEmpty()) {
                p.add("attribute " + a.code() + ": list datatypes need values, other datatypes take none");
            }
            if (a.description() == null || a.description().english().isBlank()) {
                p.add("attribute " + a.code() + " needs an English description");
            }
            Set<String> keys = new HashSet<>();
            a.values().forEach(v -> {
                if (v.key() == null || v.key().isBlank() || !keys.add(v.key())) {
                    p.add("attribute " + a.code() + " has a blank or repeated value key");
                }
            });
        }
        return p;
    }
}
