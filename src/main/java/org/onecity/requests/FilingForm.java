package org.onecity.requests;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.Datatype;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.springframework.util.MultiValueMap;

/**
 * The service form as posted by a browser (the portal's and the agent console's): answers named
 * {@code attribute[code]}, dates from {@code datetime-local} inputs read in the city's time zone,
 * and refusals turned into one message key per field, for the error summary and the fields.
 */
public final class FilingForm {

    private FilingForm() {
    }

    /** The raw answers, keyed by attribute code, as the form sent them (for re-rendering). */
    public static Map<String, List<String>> answers(ServiceType service, MultiValueMap<String, String> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ServiceAttribute a : service.attributes()) {
            List<String> v = params.getOrDefault("attribute[" + a.code() + "]", List.of());
            out.put(a.code(), v.stream().filter(x -> x != null && !x.isBlank()).toList());
        }
        return out;
    }

    /** The answers as intake wants them: dates with the city's zone. Unparseable dates pass as given. */
    public static Map<String, List<String>> forIntake(ServiceType service, Map<String, List<String>> answers,
                                                      ZoneId zone) {
        Map<String, List<String>> out = new LinkedHashMap<>(answers);
        for (ServiceAttribute a : service.attributes()) {
            if (a.datatype() == Datatype.DATETIME && !answers.getOrDefault(a.code(), List.of()).isEmpty()) {
                String v = answers.get(a.code()).get(0);
                try {
                    out.put(a.code(), List.of(LocalDateTime.parse(v).atZone(zone).toOffsetDateTime().toString()));
                } catch (DateTimeParseException e) {
                    out.put(a.code(), List.of(v));
                }
            }
        }
        return out;
    }

    /** One message key per field that was refused: {@code attr-<code>}, location, description, email, phone, photo … */
    public static Map<String, String> errors(RequestRejected e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RequestRejected.Problem p : e.problems()) {
            String field = p.field() == null ? "form" : p.field();
            if (field.startsWith("attribute[")) {
                String code = field.substring("attribute[".length(), field.length() - 1);
                out.putIfAbsent("attr-" + code, p.said() == null ? "error.invalid" : p.said().key());
            } else {
                String key = switch (field) {
                    case "lat", "long", "address_string", "address_id" -> "location";
                    case "media", "media_url" -> "photo";
                    case "first_name", "last_name" -> "name";
                    case "email", "phone", "description", "service_code" -> field.replace("service_code", "form");
                    default -> "form";
                };
                out.putIfAbsent(key, "error." + key);
            }
        }
        return out;
    }

    /** The refusals in the order of the page: the service's questions, then description, location, photo, contact. */
    public static Map<String, String> errors(ServiceType service, RequestRejected e) {
        Map<String, String> all = errors(e);
        Map<String, String> ordered = new LinkedHashMap<>();
        fields(service).forEach(a -> {
            if (all.containsKey("attr-" + a.code())) {
                ordered.put("attr-" + a.code(), all.get("attr-" + a.code()));
            }
        });
        for (String k : List.of("description", "location", "photo", "name", "email", "phone")) {
            if (all.containsKey(k)) {
                ordered.put(k, all.get(k));
            }
        }
        all.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** For each error key, the id of the input its error summary entry links to. */
    public static Map<String, String> anchors(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.keySet().forEach(k -> out.put(k, anchor(k)));
        return out;
    }

    /** The id of the input an error summary entry links to. */
    public static String anchor(String errorKey) {
        return switch (errorKey) {
            case "form" -> "main-content";
            case "location" -> "address";
            case "name" -> "firstName";
            default -> errorKey;
        };
    }

    /** The form's fields in order, for the template. */
    public static List<ServiceAttribute> fields(ServiceType service) {
        List<ServiceAttribute> list = new ArrayList<>(service.attributes());
        list.sort(java.util.Comparator.comparingInt(ServiceAttribute::order));
        return list;
    }
}
