package org.onecity.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onecity.people.registry.Merges;
import org.onecity.people.registry.Registration;
import org.onecity.programs.ProgramsFixtures.Person;
import org.onecity.shared.Actor;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When the registry merges two people, their applications move to the survivor with one open per program. */
class PersonMergeProgramsIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    Merges merges;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMergedPersonsApplicationsMoveAndADuplicateOpenOneIsWithdrawn() {
        Http http = new Http(port);
        Person survivor = ProgramsFixtures.person(registration);
        Person merged = ProgramsFixtures.person(registration);
        String system = ProgramsFixtures.system(http, "sib-merge-" + ProgramsFixtures.letters(8), "SIBISO",
                "programs:write");
        String kept = ProgramsFixtures.fileNumber(http, system, ProgramsFixtures.SIBISO_PROGRAM, survivor.key());
        String duplicate = ProgramsFixtures.fileNumber(http, system, ProgramsFixtures.SIBISO_PROGRAM, merged.key());
        String other = ProgramsFixtures.fileNumber(http, system, ProgramsFixtures.OTHER_SIBISO_PROGRAM, merged.key());

        merges.merge(survivor.key(), merged.key(), Actor.staff("programs-merge-test", null, java.util.Set.of("ADMIN")));

        Map<String, Application> apps = queries.ofPerson(survivor.key()).stream()
                .collect(Collectors.toMap(Application::number, a -> a));
        assertThat(apps).containsOnlyKeys(kept, duplicate, other);
        assertThat(apps.get(kept).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(apps.get(other).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(apps.get(duplicate).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(queries.ofPerson(merged.key())).isEmpty();
        List<String> notes = queries.history(apps.get(duplicate)).stream().map(HistoryLine::note)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(notes).contains("merged into " + kept);
        assertThat(queries.history(apps.get(other)).stream().map(HistoryLine::action)).containsExactly("submitted", "moved");
        assertThat(jdbc.sql("select count(*) from programs.application where person_key = ? and status = 'submitted'"
                + " and program_code = ?").params(survivor.key(), ProgramsFixtures.SIBISO_PROGRAM)
                .query(Long.class).single()).isEqualTo(1);

        // Filing again for the merged key files for the survivor, and finds the open application.
        var again = ProgramsFixtures.file(http, system, ProgramsFixtures.OTHER_SIBISO_PROGRAM, merged.key(), null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ProgramsFixtures.json(again.body()).path("number").asString()).isEqualTo(other);
    }
}
