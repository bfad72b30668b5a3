package org.onecity.people.web;

import java.util.List;
import org.onecity.accounts.StaffUser;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonRejected;
import org.onecity.people.registry.PersonSearch;
import org.onecity.shared.PlainText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The people page: search by one exact identifier for a stated purpose, never a list. Identifiers
 * travel in a POST body, not in addresses that logs keep; each hit is read through the release decision.
 */
@Controller
class PeopleSearchController {

    /** The fields a search result shows. */
    static final java.util.Set<String> SUMMARY = new java.util.LinkedHashSet<>(List.of("given_names",
            "first_surname", "second_surname", "birth_date", "curp", "alcaldia"));

    private final PersonSearch search;

    PeopleSearchController(PersonSearch search) {
        this.search = search;
    }

    @GetMapping("/workspace/people")
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        return page(model, user, new PersonSearch.Query(null, null, null, null, null, null, null), "", "", null,
                List.of());
    }

    @PostMapping("/workspace/people")
    String search(@RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String caseRef,
                  @RequestParam(required = false) String curp, @RequestParam(required = false) String phone,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String givenNames,
                  @RequestParam(required = false) String firstSurname,
                  @RequestParam(required = false) String secondSurname,
                  @RequestParam(required = false) String birthDate, @AuthenticationPrincipal StaffUser user,
                  Model model) {
        var q = new PersonSearch.Query(curp, phone, email, givenNames, firstSurname, secondSurname, birthDate);
        List<String> problems = new java.util.ArrayList<>();
        if (!PeopleWeb.PURPOSES.contains(purpose)) {
            problems.add("purpose");
        }
        String caseText = caseRef.strip();
        if (caseText.length() > 100 || PlainText.containsMarkup(caseText) || PlainText.containsControlCharacters(caseText)) {
            problems.add("caseRef");
        }
        if (q.kind() == null) {
            problems.add("query");
        }
        if (!problems.isEmpty()) {
            return page(model, user, q, purpose, caseText, null, problems);
        }
        try {
            var hits = search.search(q, PersonFields.caller(user.actor()), purpose, caseText.isEmpty() ? null : caseText,
                    SUMMARY);
            return page(model, user, q, purpose, caseText, hits, List.of());
        } catch (PersonRejected e) {
            return page(model, user, q, purpose, caseText, null, List.of(e.problems().get(0).code()));
        }
    }

    private String page(Model model, StaffUser user, PersonSearch.Query q, String purpose, String caseRef,
                        List<PersonSearch.Hit> hits, List<String> problems) {
        model.addAttribute("q", q);
        model.addAttribute("purposes", PeopleWeb.PURPOSES);
        model.addAttribute("purpose", purpose);
        model.addAttribute("caseRef", caseRef);
        model.addAttribute("hits", hits);
        model.addAttribute("problems", problems);
        model.addAttribute("mayRegister", PeopleWeb.mayRegister(user));
        return "people/search";
    }
}
