package org.onecity.programs;

import java.util.Set;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.people.People;
import org.onecity.platform.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode, two applications of the demo registry's people: a university student's application to
 * the transport grant, waiting in SIBISO's queue, and a household's application to Mercomuna, approved.
 * A person who already has an application to the program gets none more, so every start leaves the same.
 * Runs after the demo people (order 40) and programs.
 */
@Component
@Order(50)
class DemoApplications implements ApplicationRunner {

    record Demo(String curp, String program, ApplicationStatus outcome) {
    }

    static final java.util.List<Demo> DEMOS = java.util.List.of(
            new Demo("RUTX080721MDFZRMA4", "beca-universitarios-transporte", null),
            new Demo("LOHG850312MDFPRD09", "mercomuna", ApplicationStatus.APPROVED));

    private static final StaffUser SEEDER = new StaffUser("demo", "Demo data", "SIBISO", Set.of(Role.STAFF), null,
            true, false);

    private final Applications applications;
    private final ApplicationQueries queries;
    private final Programs programs;
    private final People people;
    private final DemoMode demo;

    DemoApplications(Applications applications, ApplicationQueries queries, Programs programs, People people,
                     DemoMode demo) {
        this.applications = applications;
        this.queries = queries;
        this.programs = programs;
        this.people = people;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        for (Demo d : DEMOS) {
            var person = people.findByCurp(d.curp());
            if (person.isEmpty() || programs.find(d.program()).isEmpty()
                    || queries.ofPerson(person.get().key()).stream().anyMatch(a -> a.programCode().equals(d.program()))) {
                continue;
            }
            var filed = applications.apply(new Applications.Apply(d.program(), person.get().key(),
                    SEEDER.actor(), true));
            if (d.outcome() != null) {
                applications.decide(filed.application().number(), d.outcome(), null, SEEDER);
            }
        }
    }
}
