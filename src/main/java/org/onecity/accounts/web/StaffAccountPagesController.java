package org.onecity.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onecity.accounts.AccountRules;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.shared.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * City admin, one staff account: edit name, agency and roles; disable or enable; set a temporary
 * password the person must change at next sign-in. An admin cannot disable their own account or
 * take away their own admin role (so the city never locks itself out by a slip).
 */
@Controller
class StaffAccountPagesController {

    private final StaffAccounts staff;
    private final Catalog catalog;

    StaffAccountPagesController(StaffAccounts staff, Catalog catalog) {
        this.staff = staff;
        this.catalog = catalog;
    }

    @GetMapping("/admin/staff/{username}")
    String account(@PathVariable String username, Model model) {
        model.addAttribute("account", staff.find(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("agencies", catalog.agencies());
        return "accounts/staff-account";
    }

    @PostMapping("/admin/staff/{username}")
    String edit(@PathVariable String username, @RequestParam(required = false) String displayName,
                @RequestParam(required = false) String agency, @RequestParam(required = false) List<Role> roles,
                @AuthenticationPrincipal StaffUser me, RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        Optional<AccountRules.Problem> problem = me.username().equals(username) && !chosen.contains(Role.ADMIN)
                ? Optional.of(AccountRules.Problem.SELF)
                : staff.update(username, displayName, PlainText.trimToNull(agency), chosen);
        return back(username, problem, "saved", redirect);
    }

    @PostMapping("/admin/staff/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, @AuthenticationPrincipal StaffUser me,
                  RedirectAttributes redirect) {
        Optional<AccountRules.Problem> problem = me.username().equals(username) && !enabled
                ? Optional.of(AccountRules.Problem.SELF)
                : staff.setEnabled(username, enabled) ? Optional.empty() : Optional.of(AccountRules.Problem.UNKNOWN);
        return back(username, problem, enabled ? "enabled" : "disabled", redirect);
    }

    @PostMapping("/admin/staff/{username}/password")
    String password(@PathVariable String username, @RequestParam(required = false) String password,
                    @AuthenticationPrincipal StaffUser me, RedirectAttributes redirect) {
        Optional<AccountRules.Problem> problem = me.username().equals(username)
                ? Optional.of(AccountRules.Problem.SELF) : staff.setTemporaryPassword(username, password);
        return back(username, problem, "passwordSet", redirect);
    }

    private static String back(String username, Optional<AccountRules.Problem> problem, String done,
                               RedirectAttributes redirect) {
        if (problem.isPresent()) {
            redirect.addAttribute("problem", problem.get().key());
        } else {
            redirect.addAttribute("done", done);
        }
        return "redirect:/admin/staff/" + username;
    }
}
