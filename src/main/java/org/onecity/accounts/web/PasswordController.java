package org.onecity.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onecity.accounts.StaffAccounts;
import org.onecity.accounts.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every staff member changes their own password here; someone holding a temporary one is sent here first. */
@Controller
class PasswordController {

    private final StaffAccounts accounts;

    PasswordController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping(StaffSessionFilter.CHANGE_PASSWORD)
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("temporary", user.mustChangePassword());
        return "accounts/password";
    }

    @PostMapping(StaffSessionFilter.CHANGE_PASSWORD)
    String change(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String current,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String confirm,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        var problem = accounts.changePassword(user.username(), current, password, confirm);
        if (problem.isPresent()) {
            model.addAttribute("temporary", user.mustChangePassword());
            model.addAttribute("problem", problem.get().key());
            response.setStatus(422);
            return "accounts/password";
        }
        StaffSessionFilter.refresh(accounts, user.username(), request, response);
        return "redirect:" + StaffSessionFilter.CHANGE_PASSWORD + "?changed";
    }
}
