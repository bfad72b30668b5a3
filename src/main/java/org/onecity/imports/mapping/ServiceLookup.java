package org.onecity.imports.mapping;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecity.catalog.AttributeValue;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;

/** The catalog as an importer needs it, taken once per run: agencies, services by name and code, list values. */
public final class ServiceLookup {

    private final Set<String> agencies;
    private final Map<String, ServiceType> byCode = new HashMap<>();
    private final Map<String, ServiceType> byAgencyAndName = new HashMap<>();

    public ServiceLookup(Catalog catalog) {
        this.agencies = catalog.agencies().stream().map(a -> a.code()).collect(Collectors.toSet());
        for (ServiceType s : catalog.allServices()) {
            byCode.put(s.code(), s);
            byAgencyAndName.putIfAbsent(s.agencyCode() + "|" + s.name().english().toLowerCase(Locale.ROOT), s);
        }
    }

    public boolean knowsAgency(String code) {
        return agencies.contains(code);
    }

    public Optional<ServiceType> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** By the agency's English service name, then by the slug code {@code slug(agency-type)}. */
    public Optional<ServiceType> find(String agency, String type) {
        ServiceType s = byAgencyAndName.get(agency + "|" + type.toLowerCase(Locale.ROOT));
        return s != null ? Optional.of(s) : byCode(slug(agency + "-" + type));
    }

    /** The key of a list attribute's value whose key or English name matches the text. */
    public static Optional<String> valueKey(ServiceAttribute attribute, String text) {
        String slug = slug(text);
        for (AttributeValue v : attribute.values()) {
            if (v.key().equals(text) || v.key().equals(slug) || v.name().english().equalsIgnoreCase(text.strip())) {
                return Optional.of(v.key());
            }
        }
        return Optional.empty();
    }

    /** The catalog's slug: lowercase ASCII letters and digits joined by single hyphens, at most 60 characters. */
    public static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-+$", "");
    }
}
