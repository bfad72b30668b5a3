package org.onecity.catalog.web;

import static org.onecity.catalog.web.AdminForm.integer;
import static org.onecity.catalog.web.AdminForm.texts;
import static org.onecity.catalog.web.AdminForm.trim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.AttributeValue;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.Datatype;
import org.onecity.catalog.InvalidCatalogEntry;
import org.onecity.catalog.Open311Type;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.shared.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * City admin: service types and their forms (attributes in all six datatypes, list values as
 * "key | English | Spanish" lines), saved through the catalog's facade and its rules.
 */
@Controller
class ServicePagesController {

    private final Catalog catalog;

    ServicePagesController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/admin/services")
    String list(@RequestParam(required = false) String agency, Model model) {
        model.addAttribute("services", catalog.allServices().stream()
                .filter(s -> agency == null || agency.isBlank() || s.agencyCode().equals(agency)).toList());
        model.addAttribute("agencies", catalog.agencies());
        model.addAttribute("agency", agency);
        return "catalog/services";
    }

    @GetMapping("/admin/services/{code}")
    String edit(@PathVariable String code, Model model) {
        ServiceType s = "new".equals(code) ? null : catalog.service(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return render(model, s, List.of());
    }

    @PostMapping("/admin/services")
    String save(@RequestParam MultiValueMap<String, String> p, Model model) {
        List<ServiceAttribute> attributes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String code = PlainText.trimToNull(p.getFirst("attr" + i + ".code"));
            if (code != null) {
                attributes.add(new ServiceAttribute(code,
                        Datatype.fromWire(p.getFirst("attr" + i + ".datatype")).orElse(Datatype.STRING),
                        p.getFirst("attr" + i + ".required") != null, p.getFirst("attr" + i + ".display") == null,
                        attributes.size() + 1, texts(p.getFirst("attr" + i + ".descriptionEn"),
                        p.getFirst("attr" + i + ".descriptionEs")), null, values(p.getFirst("attr" + i + ".values"))));
            }
        }
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        keywords.put("en", AdminForm.list(p.getFirst("keywordsEn")));
        keywords.put("es", AdminForm.list(p.getFirst("keywordsEs")));
        ServiceType s = new ServiceType(trim(p.getFirst("code")), trim(p.getFirst("agency")),
                texts(p.getFirst("nameEn"), p.getFirst("nameEs")),
                texts(p.getFirst("descriptionEn"), p.getFirst("descriptionEs")),
                texts(p.getFirst("groupEn"), p.getFirst("groupEs")), keywords,
                integer(p.getFirst("slaHours")),
                Open311Type.fromWire(p.getFirst("type")).orElse(Open311Type.REALTIME), p.getFirst("active") != null,
                attributes);
        try {
            catalog.saveService(s);
            return "redirect:/admin/services/" + s.code() + "?saved";
        } catch (InvalidCatalogEntry e) {
            return render(model, s, e.problems());
        }
    }

    private String render(Model model, ServiceType s, List<String> problems) {
        model.addAttribute("s", s);
        model.addAttribute("attributes", s == null ? List.of() : s.attributes());
        Map<String, String> lines = new LinkedHashMap<>();
        if (s != null) {
            s.attributes().forEach(a -> lines.put(a.code(), valueLines(a)));
        }
        model.addAttribute("valueLines", lines);
        model.addAttribute("agencies", catalog.agencies());
        model.addAttribute("datatypes", Datatype.values());
        model.addAttribute("types", Open311Type.values());
        model.addAttribute("problems", problems);
        return "catalog/service";
    }

    static List<AttributeValue> values(String lines) {
        List<AttributeValue> out = new ArrayList<>();
        if (lines == null) {
            return out;
        }
        for (String line : lines.split("\\R")) {
            String[] parts = line.split("\\|");
            if (parts.length >= 2 && !parts[0].isBlank()) {
                out.add(new AttributeValue(parts[0].strip(), texts(parts[1], parts.length > 2 ? parts[2] : null)));
            }
        }
        return out;
    }

    /** The values as the form shows them: one "key | English | Spanish" line each. */
    static String valueLines(ServiceAttribute a) {
        StringBuilder sb = new StringBuilder();
        for (AttributeValue v : a.values()) {
            sb.append(v.key()).append(" | ").append(v.name().values().getOrDefault("en", "")).append(" | ")
                    .append(v.name().values().getOrDefault("es", "")).append('\n');
        }
        return sb.toString();
    }
}
