package org.onecity.mydata.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.onecity.people.People;
import org.onecity.programs.Application;
import org.onecity.programs.ApplicationQueries;
import org.onecity.programs.Program;
import org.onecity.programs.ProgramConsents;
import org.onecity.programs.Programs;
import org.onecity.sharing.Consents;
import org.onecity.platform.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programs a registered person applied to, with their consent to share the enrolment data of
 * each (purpose program-eligibility, per program), given or withdrawn from their own page.
 */
@Controller
class PersonProgramChoices {

    /** One program the person applied to, and where they stand on sharing its enrolment data. */
    record ProgramChoice(String program, String name, boolean allowed, boolean answered) {
    }

    private final PersonLinkCheck check;
    private final ApplicationQueries applications;
    private final Programs programs;
    private final ProgramConsents consents;
    private final People people;

    PersonProgramChoices(PersonLinkCheck check, ApplicationQueries applications, Programs programs,
                         ProgramConsents consents, People people) {
        this.people = people;
        this.check = check;
        this.applications = applications;
        this.programs = programs;
        this.consents = consents;
    }

    List<ProgramChoice> of(UUID person) {
        return codes(person).stream().map(code -> {
            Consents.State state = consents.state(person, code);
            String name = programs.find(code).map(Program::name).map(n -> n.in(PageLanguage.current())).orElse(code);
            return new ProgramChoice(code, name, state == Consents.State.GIVEN, state != Consents.State.NONE);
        }).toList();
    }

    @PostMapping("/my-data/person/{key}/program-consent")
    String consent(@PathVariable String key, @RequestParam(required = false) Long expires,
                   @RequestParam(required = false) String sig, @RequestParam String program,
                   @RequestParam boolean give) {
        UUID k = check.valid(key, expires, sig);
        UUID person = people.find(k).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).key();
        if (!codes(person).contains(program)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        consents.record(person, program, give, "resident", "resident", "portal", null);
        return "redirect:/my-data/person/" + key + "?saved&expires=" + expires + "&sig=" + sig;
    }

    private List<String> codes(UUID person) {
        return List.copyOf(new LinkedHashSet<>(applications.ofPerson(person).stream().map(Application::programCode)
                .toList()));
    }
}
