package org.onecity.programs.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.people.People;
import org.onecity.people.PersonRef;
import org.onecity.programs.Application;
import org.onecity.programs.ApplicationQueries;
import org.onecity.programs.Applications;
import org.onecity.programs.Program;
import org.onecity.programs.Programs;
import org.onecity.programs.ProgramsProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's applications (to my agency's programs) and "apply to a program": any staff member may
 * file for any program (a referral across agencies), asking the person's consent to share.
 */
@Controller
class PersonProgramsController {

    private final People people;
    private final Programs programs;
    private final ApplicationQueries queries;
    private final Applications applications;
    private final Catalog catalog;

    PersonProgramsController(People people, Programs programs, ApplicationQueries queries, Applications applications,
                             Catalog catalog) {
        this.people = people;
        this.programs = programs;
        this.queries = queries;
        this.applications = applications;
        this.catalog = catalog;
    }

    @GetMapping("/workspace/programs/people/{key}")
    String person(@AuthenticationPrincipal StaffUser user, @PathVariable String key, Model model) {
        PersonRef person = person(key);
        if (!person.key().toString().equals(key)) {
            return "redirect:/workspace/programs/people/" + person.key();
        }
        return page(user, person, model, Map.of(), null, null);
    }

    @PostMapping("/workspace/programs/people/{key}/applications")
    String apply(@AuthenticationPrincipal StaffUser user, @PathVariable String key,
                 @RequestParam(required = false) String program, @RequestParam(required = false) String consent,
                 Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        PersonRef person = person(key);
        Boolean consents = "given".equals(consent) ? Boolean.TRUE : "not_given".equals(consent) ? Boolean.FALSE : null;
        try {
            var filed = applications.apply(new Applications.Apply(program, person.key(), user.actor(), consents));
            String number = filed.application().number();
            if (Applications.mayWork(user, filed.program())) {
                redirect.addAttribute("done", filed.created() ? "filed" : "existing");
                return "redirect:/workspace/programs/applications/" + number;
            }
            redirect.addAttribute(filed.created() ? "referred" : "existing", number);
            return "redirect:/workspace/programs/people/" + person.key();
        } catch (ProgramsProblem e) {
            if (e.kind() == ProgramsProblem.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            response.setStatus(e.httpStatus());
            return page(user, person, model, e.fields(), program, consent);
        }
    }

    private PersonRef person(String key) {
        try {
            return people.find(UUID.fromString(key)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(StaffUser user, PersonRef person, Model model, Map<String, String> errors, String program,
                        String consent) {
        List<Program> all = programs.all();
        Map<String, Program> byCode = all.stream().collect(java.util.stream.Collectors.toMap(Program::code, p -> p));
        List<Application> mine = queries.ofPerson(person.key()).stream()
                .filter(a -> byCode.containsKey(a.programCode()) && Applications.mayWork(user, byCode.get(a.programCode())))
                .toList();
        model.addAttribute("person", person);
        model.addAttribute("applications", mine);
        model.addAttribute("programs", byCode);
        model.addAttribute("offered", all.stream().filter(Program::active).toList());
        model.addAttribute("agencies", new AgencyNames(catalog));
        model.addAttribute("errors", errors);
        model.addAttribute("chosenProgram", program);
        model.addAttribute("chosenConsent", consent);
        return "programs/person";
    }
}
