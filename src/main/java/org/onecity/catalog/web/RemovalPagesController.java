package org.onecity.catalog.web;

import java.util.List;
import org.onecity.catalog.CatalogInUse;
import org.onecity.catalog.CatalogRemoval;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City admin: deactivate or reactivate an agency; delete an agency or a service type that nothing
 * refers to. A refused delete comes back to the record's page with what still uses it.
 */
@Controller
class RemovalPagesController {

    private final CatalogRemoval removal;

    RemovalPagesController(CatalogRemoval removal) {
        this.removal = removal;
    }

    @PostMapping("/admin/agencies/{code}/active")
    String active(@PathVariable String code, @RequestParam boolean active) {
        if (!removal.setAgencyActive(code, active)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/agencies/" + code + (active ? "?reactivated" : "?deactivated");
    }

    @PostMapping("/admin/agencies/{code}/delete")
    String deleteAgency(@PathVariable String code, RedirectAttributes redirect) {
        try {
            if (!removal.deleteAgency(code)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addAttribute("deleted", code);
            return "redirect:/admin";
        } catch (CatalogInUse e) {
            redirect.addFlashAttribute("inUse", uses(e));
            return "redirect:/admin/agencies/" + code;
        }
    }

    @PostMapping("/admin/services/{code}/delete")
    String deleteService(@PathVariable String code, RedirectAttributes redirect) {
        try {
            if (!removal.deleteService(code)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addAttribute("deleted", code);
            return "redirect:/admin/services";
        } catch (CatalogInUse e) {
            redirect.addFlashAttribute("inUse", uses(e));
            return "redirect:/admin/services/" + code;
        }
    }

    /** "kind count" pairs a page can name in its language. */
    private static List<String[]> uses(CatalogInUse e) {
        return e.uses().stream().map(u -> new String[]{u.kind(), Long.toString(u.count())}).toList();
    }
}
