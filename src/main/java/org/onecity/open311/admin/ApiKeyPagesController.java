package org.onecity.open311.admin;

import org.onecity.catalog.Catalog;
import org.onecity.open311.ApiKeys;
import org.onecity.shared.PlainText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City admin: Open311 API keys (issue, optionally for an agency's system; revoke). A page, so it lives
 * outside {@code open311.web}, whose advice answers every failure as an Open311 error list.
 */
@Controller
class ApiKeyPagesController {

    private final ApiKeys keys;
    private final Catalog catalog;

    ApiKeyPagesController(ApiKeys keys, Catalog catalog) {
        this.keys = keys;
        this.catalog = catalog;
    }

    @GetMapping("/admin/api-keys")
    String keys(Model model) {
        model.addAttribute("clients", keys.active());
        model.addAttribute("agencies", catalog.agencies());
        return "open311/api-keys";
    }

    @PostMapping("/admin/api-keys")
    String issue(@RequestParam String name, @RequestParam(required = false) String agency, Model model) {
        String n = PlainText.trimToNull(name);
        if (n == null || n.length() > 100 || PlainText.containsMarkup(n)) {
            model.addAttribute("problem", true);
        } else {
            model.addAttribute("issued", keys.issue(n, PlainText.trimToNull(agency)));
        }
        return keys(model);
    }

    @PostMapping("/admin/api-keys/revoke")
    String revoke(@RequestParam String name, RedirectAttributes redirect) {
        redirect.addAttribute("revoked", keys.revoke(name) ? name : "");
        return "redirect:/admin/api-keys";
    }
}
