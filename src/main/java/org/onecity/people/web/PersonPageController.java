package org.onecity.people.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.people.registry.ContactUpdate;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonProblem;
import org.onecity.people.registry.PersonRecord;
import org.onecity.people.registry.PersonRejected;
import org.onecity.people.registry.PersonReleases;
import org.onecity.people.registry.PersonRules;
import org.onecity.people.registry.PersonStore;
import org.onecity.shared.Actor;
import org.onecity.shared.PlainText;
import org.onecity.sharing.Release;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One person's page: the staff member states a purpose first, then sees what the release decision
 * gives them (withheld fields say why); the holder agency edits the contact details.
 */
@Controller
class PersonPageController {

    private final PersonStore store;
    private final PersonReleases releases;
    private final ContactUpdate contacts;
    private final PersonRules rules;
    private final org.onecity.people.registry.PersonConsents consents;
    private final org.onecity.sharing.Governance governance;

    PersonPageController(PersonStore store, PersonReleases releases, ContactUpdate contacts, PersonRules rules,
                         org.onecity.people.registry.PersonConsents consents,
                         org.onecity.sharing.Governance governance) {
        this.store = store;
        this.releases = releases;
        this.contacts = contacts;
        this.rules = rules;
        this.consents = consents;
        this.governance = governance;
    }

    @GetMapping("/workspace/people/{key}")
    String view(@PathVariable String key, @RequestParam(defaultValue = "") String purpose,
                @RequestParam(defaultValue = "") String caseRef, @AuthenticationPrincipal StaffUser user, Model model) {
        UUID asked = PeopleWeb.uuid(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PersonRecord p = store.living(asked).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!p.key().equals(asked)) {
            return "redirect:/workspace/people/" + p.key() + "?mergedFrom=" + asked
                    + (purpose.isEmpty() ? "" : "&purpose=" + enc(purpose)) + (caseRef.isEmpty() ? "" : "&caseRef=" + enc(caseRef));
        }
        return page(model, user, p, purpose, caseRef.strip(), null, Map.of());
    }

    @PostMapping("/workspace/people/{key}/contact")
    String contact(@PathVariable String key, @RequestParam(defaultValue = "") String purpose,
                   @RequestParam(defaultValue = "") String caseRef, @RequestParam(defaultValue = "") String phone,
                   @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String address,
                   @RequestParam(defaultValue = "") String alcaldia, @AuthenticationPrincipal StaffUser user,
                   Model model) {
        UUID k = PeopleWeb.uuid(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            PersonRecord p = contacts.update(k, phone, email, address, alcaldia, user.actor());
            return "redirect:/workspace/people/" + p.key() + "?updated&purpose="
                    + enc(PeopleWeb.PURPOSES.contains(purpose) ? purpose : "record-maintenance");
        } catch (PersonRejected e) {
            if (e.kind() == PersonRejected.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (e.kind() == PersonRejected.Kind.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            Map<String, String> errors = e.problems().stream().collect(Collectors.toMap(PersonProblem::field,
                    PersonProblem::code, (a, b) -> a, LinkedHashMap::new));
            PersonRecord p = store.living(k).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            Map<String, String> typed = Map.of("phone", phone, "email", email, "address", address, "alcaldia",
                    alcaldia);
            return page(model, user, p, PeopleWeb.PURPOSES.contains(purpose) ? purpose : "record-maintenance",
                    caseRef.strip(), typed, errors);
        }
    }

    private String page(Model model, StaffUser user, PersonRecord p, String purpose, String caseRef,
                        Map<String, String> typed, Map<String, String> errors) {
        boolean stated = PeopleWeb.PURPOSES.contains(purpose);
        boolean caseOk = caseRef.length() <= 100 && !PlainText.containsMarkup(caseRef)
                && !PlainText.containsControlCharacters(caseRef);
        Release release = stated && caseOk ? releases.release(PersonFields.caller(user.actor()), p, purpose,
                caseRef.isEmpty() ? null : caseRef, null) : null;
        Actor actor = user.actor();
        boolean holder = user.has(Role.ADMIN) || user.agencyCode() != null && user.agencyCode().equals(p.holderAgency());
        model.addAttribute("key", p.key());
        model.addAttribute("holder", p.holderAgency());
        model.addAttribute("purposes", PeopleWeb.PURPOSES);
        model.addAttribute("purpose", purpose);
        model.addAttribute("caseRef", caseRef);
        model.addAttribute("problems", !purpose.isEmpty() && !stated ? java.util.List.of("purpose")
                : caseOk ? java.util.List.of() : java.util.List.of("caseRef"));
        model.addAttribute("release", release);
        model.addAttribute("fields", PersonFields.ALL);
        model.addAttribute("mayEdit", release != null && holder && (user.has(Role.ADMIN) || user.has(Role.STAFF)
                || user.has(Role.SUPERVISOR)));
        model.addAttribute("contact", typed != null ? typed : release == null ? Map.of() : release.released());
        model.addAttribute("errors", errors);
        model.addAttribute("alcaldias", rules.alcaldias());
        model.addAttribute("mayMerge", Role.ADMIN.heldBy(actor) || Role.SUPERVISOR.heldBy(actor) && holder);
        boolean other = PersonEmergencyController.mayBreakGlass(user, p);
        var grant = other ? governance.activeGrant(user.username(), PersonFields.DATASET,
                PersonFields.subject(p.key())).orElse(null) : null;
        model.addAttribute("grant", grant);
        model.addAttribute("mayEmergency", release != null && other && grant == null && release.denied().values()
                .stream().anyMatch(r -> !r.equals("not_allowed_for_role") && !r.equals("unknown_field")));
        model.addAttribute("consentPurposes", PeopleWeb.CONSENT_PURPOSES);
        model.addAttribute("consents", release != null && holder ? consents.states(p.key(), PeopleWeb.CONSENT_PURPOSES)
                : Map.of());
        return "people/person";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
