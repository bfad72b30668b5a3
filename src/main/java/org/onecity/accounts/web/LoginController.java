package org.onecity.accounts.web;

import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page, and the staff home that sends each role to its own screen. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffUser user) {
        if (user.has(Role.ADMIN)) {
            return "redirect:/admin";
        }
        if (user.has(Role.AGENT)) {
            return "redirect:/agent";
        }
        if (user.has(Role.SUPERVISOR)) {
            return "redirect:/workspace/supervisor";
        }
        if (user.has(Role.STAFF)) {
            return "redirect:/workspace";
        }
        if (user.has(Role.AUDITOR)) {
            return "redirect:/admin/audit";
        }
        return "accounts/no-screen";
    }
}
