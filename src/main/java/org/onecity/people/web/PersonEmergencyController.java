package org.onecity.people.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonRecord;
import org.onecity.people.registry.PersonStore;
import org.onecity.shared.PlainText;
import org.onecity.sharing.Governance;
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
 * Break the glass on another agency's person: a staff member states why, picks only the details the
 * emergency needs and how long (at most eight hours). The grant is sharing's, like an agency system's:
 * audited under their name, queued for review; while it lasts the person's page releases those
 * details whatever the agreements and consent say, under a banner, and each read is audited.
 */
@Controller
class PersonEmergencyController {

    static final int REASON_MAX = 500;
    static final List<Integer> MINUTES = List.of(30, 60, 120, 240, 480);

    private final PersonStore store;
    private final Governance governance;

    PersonEmergencyController(PersonStore store, Governance governance) {
        this.store = store;
        this.governance = governance;
    }

    @GetMapping("/workspace/people/{key}/emergency")
    String form(@PathVariable String key, @RequestParam(defaultValue = "") String purpose,
                @AuthenticationPrincipal StaffUser user, Model model) {
        PersonRecord p = person(key);
        if (!mayBreakGlass(user, p)) {
            return "redirect:/workspace/people/" + p.key();
        }
        return page(model, p, purpose, List.of(), "", Set.of(), 60);
    }

    @PostMapping("/workspace/people/{key}/emergency")
    String grant(@PathVariable String key, @RequestParam(defaultValue = "") String purpose,
                 @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) List<String> fields,
                 @RequestParam(defaultValue = "") String minutes, @AuthenticationPrincipal StaffUser user,
                 Model model) {
        PersonRecord p = person(key);
        if (!mayBreakGlass(user, p)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<String> problems = new ArrayList<>();
        String why = reason.strip();
        if (why.length() < 10 || why.length() > REASON_MAX || PlainText.containsMarkup(why)
                || PlainText.containsControlCharacters(why)) {
            problems.add("reason");
        }
        Set<String> chosen = new LinkedHashSet<>(fields == null ? List.of() : fields);
        if (chosen.isEmpty() || !PersonFields.ALL.containsAll(chosen)) {
            problems.add("fields");
        }
        Integer lasting = MINUTES.stream().filter(m -> String.valueOf(m).equals(minutes.strip())).findFirst()
                .orElse(null);
        if (lasting == null) {
            problems.add("minutes");
        }
        if (!problems.isEmpty()) {
            chosen.retainAll(PersonFields.ALL);
            return page(model, p, purpose, problems, why, chosen, lasting == null ? 60 : lasting);
        }
        governance.breakGlass(PersonFields.caller(user.actor()), PersonFields.DATASET, PersonFields.subject(p.key()), why,
                Duration.ofMinutes(lasting), chosen);
        String stated = PeopleWeb.PURPOSES.contains(purpose) ? purpose : "service-delivery";
        return "redirect:/workspace/people/" + p.key() + "?purpose=" + stated;
    }

    /** Agency staff and supervisors of another agency than the holder; administrators see every person already. */
    static boolean mayBreakGlass(StaffUser user, PersonRecord p) {
        return (user.has(Role.STAFF) || user.has(Role.SUPERVISOR)) && !user.has(Role.ADMIN)
                && user.agencyCode() != null && !user.agencyCode().equals(p.holderAgency());
    }

    private PersonRecord person(String key) {
        UUID k = PeopleWeb.uuid(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return store.living(k).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Model model, PersonRecord p, String purpose, List<String> problems, String reason,
                        Set<String> chosen, int minutes) {
        model.addAttribute("key", p.key());
        model.addAttribute("holder", p.holderAgency());
        model.addAttribute("purpose", purpose);
        model.addAttribute("problems", problems);
        model.addAttribute("reason", reason);
        model.addAttribute("chosen", chosen);
        model.addAttribute("minutes", minutes);
        model.addAttribute("durations", MINUTES);
        model.addAttribute("fields", PersonFields.ALL);
        model.addAttribute("reasonMax", REASON_MAX);
        return "people/emergency";
    }
}
