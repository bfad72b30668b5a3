package org.onecity.workspace.web;

import org.onecity.catalog.Catalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The city admin's home: the way to every module's admin pages (catalog, staff, API keys, imports,
 * information sharing) and the agencies with their escalation chains.
 */
@Controller
class AdminHomeController {

    private final Catalog catalog;

    AdminHomeController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("agencies", catalog.agencies());
        return "workspace/admin";
    }
}
