package org.onecity.mydata.web;

import java.time.Clock;
import java.util.List;
import org.onecity.audit.Audit;
import org.onecity.messaging.NotificationLinks;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.Requester;
import org.onecity.requests.ServiceRequest;
import org.onecity.sharing.Consents;
import org.onecity.sharing.Governance;
import org.onecity.vault.PersonKeys;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Who accessed my data", through the signed link in the confirmation email: every access to the
 * request's contact details from the audit's subject index (when, which agency, system or staff
 * role, purpose, field names, outcome; never staff names), and the person's consent to each
 * agreement that asks for it, given or withdrawn here with immediate effect.
 */
@Controller
class MyDataController {

    static final String DATASET = "requests.requester";

    private final NotificationLinks links;
    private final RequestQueries requests;
    private final Audit audit;
    private final Governance governance;
    private final Consents consents;
    private final PersonKeys personKeys;
    private final MyDataRows rows;
    private final Clock clock;

    MyDataController(NotificationLinks links, RequestQueries requests, Audit audit, Governance governance,
                     Consents consents, PersonKeys personKeys, MyDataRows rows, Clock clock) {
        this.links = links;
        this.requests = requests;
        this.audit = audit;
        this.governance = governance;
        this.consents = consents;
        this.personKeys = personKeys;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/my-data/{number}")
    String page(@PathVariable String number, @RequestParam(required = false) String sig, Model model) {
        ServiceRequest r = check(number, sig);
        List<String> people = people(number);
        model.addAttribute("number", number);
        model.addAttribute("sig", sig);
        Requester q = requests.requester(number).orElse(Requester.ANONYMOUS);
        model.addAttribute("accesses", entries(number, personKeys.everyKey(q.email(), q.phone())).stream()
                .map(rows::access).toList());
        model.addAttribute("choices", askingForConsent(r).stream()
                .map(a -> rows.choice(a, consents.state(subjects(number, people), a.purpose(),
                        List.of(a.consumer()), clock.instant())))
                .toList());
        return "mydata/my-data";
    }

    @PostMapping("/my-data/{number}/consent")
    String consent(@PathVariable String number, @RequestParam(required = false) String sig,
                   @RequestParam String agreement, @RequestParam boolean give) {
        ServiceRequest r = check(number, sig);
        Governance.Agreement a = askingForConsent(r).stream().filter(x -> x.code().equals(agreement)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        List<String> people = people(number);
        consents.record(new Consents.Statement(people.isEmpty() ? number : people.get(0), a.purpose(), null,
                a.consumer(), give, "resident", "resident", "portal", DATASET, number));
        return "redirect:/my-data/" + number + "?saved&sig=" + sig;
    }

    /** Entries about the request, and about the person (consent an agent recorded for them), in chain order. */
    private List<org.onecity.audit.AuditEntry> entries(String number, List<String> people) {
        var all = new java.util.ArrayList<>(audit.about(DATASET, number));
        people.forEach(p -> all.addAll(audit.about(DATASET, p)));
        all.sort(java.util.Comparator.comparingLong(org.onecity.audit.AuditEntry::seq));
        return all;
    }

    /** The agreements over this request's agency's requester data that need the person's consent and still run. */
    private List<Governance.Agreement> askingForConsent(ServiceRequest r) {
        return governance.askingForConsent(DATASET, r.agencyCode());
    }

    private List<String> people(String number) {
        Requester q = requests.requester(number).orElse(Requester.ANONYMOUS);
        return personKeys.of(q.email(), q.phone());
    }

    private static List<String> subjects(String number, List<String> people) {
        var all = new java.util.ArrayList<>(people);
        all.add(number);
        return all;
    }

    private ServiceRequest check(String number, String sig) {
        if (!links.verifyMyData(number, sig)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return requests.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
