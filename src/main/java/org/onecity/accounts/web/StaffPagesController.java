package org.onecity.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.catalog.Catalog;
import org.onecity.shared.PlainText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** City admin: the staff accounts, and creating one with its roles and agency. */
@Controller
class StaffPagesController {

    private final StaffAccounts staff;
    private final Catalog catalog;

    StaffPagesController(StaffAccounts staff, Catalog catalog) {
        this.staff = staff;
        this.catalog = catalog;
    }

    @GetMapping("/admin/staff")
    String staff(Model model) {
        model.addAttribute("accounts", staff.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", catalog.agencies());
        return "accounts/staff";
    }

    @PostMapping("/admin/staff")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                  @RequestParam(required = false) String agency, @RequestParam(required = false) List<Role> roles,
                  RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        String problem = null;
        if (!username.strip().matches("^[a-z0-9][a-z0-9._-]{1,63}$")) {
            problem = "username";
        } else if (password.length() < 12) {
            problem = "password";
        } else if (chosen.isEmpty() || PlainText.trimToNull(displayName) == null
                || ((chosen.contains(Role.STAFF) || chosen.contains(Role.SUPERVISOR)) && PlainText.trimToNull(agency) == null)) {
            problem = "roles";
        }
        if (problem == null && !staff.createIfAbsent(username.strip(), password, displayName.strip(),
                PlainText.trimToNull(agency), chosen)) {
            problem = "taken";
        }
        redirect.addAttribute(problem == null ? "created" : "problem", problem == null ? username.strip() : problem);
        return "redirect:/admin/staff";
    }
}
