package org.onecity.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.people.People;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's applications: one waiting, one approved, for the demo registry's people; a second start adds none. */
class DemoApplicationsIT extends IntegrationBase {

    @Autowired
    DemoApplications demo;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    People people;

    @Test
    void theDemoHasOneWaitingAndOneApprovedApplicationAndAddsNoMoreOnRestart() throws Exception {
        demo.run(null);
        var ximena = people.findByCurp("RUTX080721MDFZRMA4").orElseThrow();
        var maria = people.findByCurp("LOHG850312MDFPRD09").orElseThrow();
        List<Application> hers = queries.ofPerson(ximena.key()).stream()
                .filter(a -> a.programCode().equals("beca-universitarios-transporte")).toList();
        List<Application> household = queries.ofPerson(maria.key()).stream()
                .filter(a -> a.programCode().equals("mercomuna")).toList();
        assertThat(hers).hasSize(1).first().extracting(Application::status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(household).hasSize(1).first().extracting(Application::status).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(people.findByCurp("XXXX000000HDFXXX00")).isEmpty();
    }
}
