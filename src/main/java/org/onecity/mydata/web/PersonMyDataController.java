package org.onecity.mydata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.onecity.audit.Audit;
import org.onecity.audit.AuditEntry;
import org.onecity.mydata.PersonMyData;
import org.onecity.people.People;
import org.onecity.people.PersonRef;
import org.onecity.sharing.Consents;
import org.onecity.sharing.Governance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A registered person's own "who accessed my data" page, through the signed, time-limited link sent
 * to the email on their record: every audit entry about their record (and the records merged into
 * it), newest first and paged, staff shown by role and agency only; and their consent to each running
 * agreement over the registry that asks for it, given or withdrawn here with immediate effect.
 */
@Controller
class PersonMyDataController {

    static final int PAGE_SIZE = 50;
    /** The datasets whose audit subject is the person ("person:<key>"): the registry and program enrolments. */
    static final List<String> DATASETS = List.of(People.DATASET, "programs.enrolment");

    private final PersonLinkCheck check;
    private final PersonProgramChoices programs;
    private final People people;
    private final Audit audit;
    private final Governance governance;
    private final Consents consents;
    private final MyDataRows rows;
    private final Clock clock;

    PersonMyDataController(PersonLinkCheck check, PersonProgramChoices programs, People people, Audit audit,
                           Governance governance, Consents consents, MyDataRows rows, Clock clock) {
        this.check = check;
        this.programs = programs;
        this.people = people;
        this.audit = audit;
        this.governance = governance;
        this.consents = consents;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/my-data/person/{key}")
    String page(@PathVariable String key, @RequestParam(required = false) Long expires,
                @RequestParam(required = false) String sig, @RequestParam(defaultValue = "1") int page, Model model,
                HttpServletResponse response) {
        UUID k = check.signed(key, expires, sig);
        if (check.expired(expires)) {
            response.setStatus(HttpStatus.GONE.value());
            return "mydata/my-data-person-expired";
        }
        PersonRef person = people.find(k).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> subjects = people.consentSubjects(k);
        long total = audit.count(DATASETS, subjects);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("key", key);
        model.addAttribute("expires", expires);
        model.addAttribute("sig", sig);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("accesses", audit.about(DATASETS, subjects, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(this::access).toList());
        Instant now = clock.instant();
        model.addAttribute("choices", askingForConsent(person).stream()
                .map(a -> rows.choice(a, consents.state(subjects, a.purpose(), List.of(a.consumer()),
                        now)))
                .toList());
        model.addAttribute("programs", programs.of(person.key()));
        return "mydata/my-data-person";
    }

    @PostMapping("/my-data/person/{key}/consent")
    String consent(@PathVariable String key, @RequestParam(required = false) Long expires,
                   @RequestParam(required = false) String sig, @RequestParam String agreement,
                   @RequestParam boolean give) {
        UUID k = check.valid(key, expires, sig);
        PersonRef person = people.find(k).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Governance.Agreement a = askingForConsent(person).stream().filter(x -> x.code().equals(agreement)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        consents.record(new Consents.Statement(People.subject(person.key()), a.purpose(), null,
                a.consumer(), give, "resident", "resident", "portal", People.DATASET, null));
        return "redirect:/my-data/person/" + key + "?saved&expires=" + expires + "&sig=" + sig;
    }

    /** The self-service lookup is shown as what it is (a link sent to the email on file), not as "You". */
    private MyDataRows.Access access(AuditEntry e) {
        MyDataRows.Access a = rows.access(e);
        if ("resident".equals(e.record().actorKind()) && PersonMyData.PURPOSE.equals(e.record().purpose())) {
            return new MyDataRows.Access(a.entry(), a.at(), "mydata.person.who.ask", List.of(), a.action(),
                    a.purpose(), a.fields(), a.decision());
        }
        return a;
    }

    /** The running agreements over the registry, from the person's holder agency, that need their consent. */
    private List<Governance.Agreement> askingForConsent(PersonRef person) {
        return governance.askingForConsent(People.DATASET, person.holderAgency());
    }
}
