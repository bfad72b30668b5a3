package org.onecity.people.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.onecity.accounts.StaffUser;
import org.onecity.people.registry.PersonConsents;
import org.onecity.people.registry.PersonRejected;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The holder agency records the person's consent (given or withdrawn) for one purpose, from the person page. */
@Controller
class PersonConsentController {

    private final PersonConsents consents;

    PersonConsentController(PersonConsents consents) {
        this.consents = consents;
    }

    @PostMapping("/workspace/people/{key}/consent")
    String record(@PathVariable String key, @RequestParam(defaultValue = "") String purpose,
                  @RequestParam(defaultValue = "") String consentPurpose, @RequestParam(defaultValue = "") String given,
                  @AuthenticationPrincipal StaffUser user) {
        UUID k = PeopleWeb.uuid(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String back = "redirect:/workspace/people/" + k + "?purpose="
                + URLEncoder.encode(PeopleWeb.PURPOSES.contains(purpose) ? purpose : "record-maintenance",
                StandardCharsets.UTF_8);
        if (!PeopleWeb.CONSENT_PURPOSES.contains(consentPurpose) || !given.equals("true") && !given.equals("false")) {
            return back + "&consentProblem";
        }
        try {
            consents.record(k, consentPurpose, given.equals("true"), user.actor());
        } catch (PersonRejected e) {
            throw new ResponseStatusException(e.kind() == PersonRejected.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND
                    : HttpStatus.FORBIDDEN);
        }
        return back + "&consent=" + (given.equals("true") ? "given" : "withdrawn");
    }
}
