package org.onecity.catalog.web;

import static org.onecity.catalog.web.AdminForm.integer;
import static org.onecity.catalog.web.AdminForm.texts;
import static org.onecity.catalog.web.AdminForm.trim;

import java.util.ArrayList;
import java.util.List;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.EscalationLevel;
import org.onecity.catalog.InvalidCatalogEntry;
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

/** City admin: agencies with their escalation chains (through the catalog's facade). */
@Controller
class AgencyPagesController {

    private final Catalog catalog;

    AgencyPagesController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/admin/agencies/{code}")
    String agency(@PathVariable String code, Model model) {
        Agency a = "new".equals(code) ? null : catalog.agency(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("a", a);
        model.addAttribute("agencies", catalog.agencies());
        model.addAttribute("problems", List.of());
        return "catalog/agency";
    }

    @PostMapping("/admin/agencies")
    String save(@RequestParam MultiValueMap<String, String> p, Model model) {
        List<EscalationLevel> chain = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String role = PlainText.trimToNull(p.getFirst("level" + i + ".role"));
            if (role != null) {
                chain.add(new EscalationLevel(chain.size() + 1, role,
                        texts(p.getFirst("level" + i + ".titleEn"), p.getFirst("level" + i + ".titleEs")),
                        PlainText.trimToNull(p.getFirst("level" + i + ".person")),
                        integer(p.getFirst("level" + i + ".delayHours"))));
            }
        }
        Agency a = new Agency(trim(p.getFirst("code")), texts(p.getFirst("nameEn"), p.getFirst("nameEs")),
                PlainText.trimToNull(p.getFirst("email")), PlainText.trimToNull(p.getFirst("phone")),
                PlainText.trimToNull(p.getFirst("url")), PlainText.trimToNull(p.getFirst("parentCode")),
                p.getFirst("active") != null, chain);
        try {
            catalog.saveAgency(a);
            return "redirect:/admin/agencies/" + a.code() + "?saved";
        } catch (InvalidCatalogEntry e) {
            model.addAttribute("a", a);
            model.addAttribute("agencies", catalog.agencies());
            model.addAttribute("problems", e.problems());
            return "catalog/agency";
        }
    }
}
