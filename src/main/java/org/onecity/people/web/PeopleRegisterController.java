package org.onecity.people.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.people.registry.PersonForm;
import org.onecity.people.registry.PersonProblem;
import org.onecity.people.registry.PersonRejected;
import org.onecity.people.registry.PersonRules;
import org.onecity.people.registry.Registration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Registering a person for the staff member's agency (an administrator picks the agency): every field
 * checked with the error beside it; a CURP already registered leads to that record; possible
 * duplicates (no CURP) are shown before anything is written.
 */
@Controller
class PeopleRegisterController {

    /** The register form as posted. */
    record Form(String curp, String givenNames, String firstSurname, String secondSurname, String birthDate,
                String sex, String phone, String email, String address, String alcaldia, String holderAgency) {

        static Form empty() {
            return new Form("", "", "", "", "", "", "", "", "", "", "");
        }

        PersonForm person() {
            return new PersonForm(curp, givenNames, firstSurname, secondSurname, birthDate, sex, phone, email, address,
                    alcaldia, null, null);
        }
    }

    private final Registration registration;
    private final PersonRules rules;
    private final Catalog catalog;

    PeopleRegisterController(Registration registration, PersonRules rules, Catalog catalog) {
        this.registration = registration;
        this.rules = rules;
        this.catalog = catalog;
    }

    @GetMapping("/workspace/people/new")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        check(user);
        return page(model, user, Form.empty(), Map.of(), List.of());
    }

    @PostMapping("/workspace/people/new")
    String register(@ModelAttribute Form form, @RequestParam(defaultValue = "false") boolean confirmed,
                    @AuthenticationPrincipal StaffUser user, Model model) {
        check(user);
        String holder = user.has(Role.ADMIN) && form.holderAgency() != null && !form.holderAgency().isBlank()
                ? form.holderAgency().strip() : user.agencyCode();
        try {
            var result = registration.register(form.person(), holder, user.actor(), confirmed);
            if (result.stoppedByDuplicates()) {
                return page(model, user, form, Map.of(), result.possibleDuplicates().stream()
                        .map(p -> Map.of("key", p.key().toString(), "holder", p.holderAgency())).toList());
            }
            if (result.matched()) {
                model.addAttribute("key", result.person().key());
                model.addAttribute("holder", result.person().holderAgency());
                return "people/registered";
            }
            return "redirect:/workspace/people/" + result.person().key() + "?registered";
        } catch (PersonRejected e) {
            if (e.kind() == PersonRejected.Kind.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            Map<String, String> errors = e.problems().stream().collect(Collectors.toMap(PersonProblem::field,
                    PersonProblem::code, (a, b) -> a, java.util.LinkedHashMap::new));
            return page(model, user, form, errors, List.of());
        }
    }

    private String page(Model model, StaffUser user, Form form, Map<String, String> errors,
                        List<Map<String, String>> duplicates) {
        model.addAttribute("f", form);
        model.addAttribute("errors", errors);
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("alcaldias", rules.alcaldias());
        model.addAttribute("admin", user.has(Role.ADMIN));
        model.addAttribute("agencies", user.has(Role.ADMIN) ? catalog.agencies() : List.of());
        model.addAttribute("ownAgency", user.agencyCode());
        return "people/new";
    }

    private static void check(StaffUser user) {
        if (!PeopleWeb.mayRegister(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
