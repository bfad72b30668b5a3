package org.onecity.programs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.people.PersonMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a merged person's applications to the survivor, synchronously in the merge's transaction.
 * Where both have one open for the same program, the merged person's is withdrawn ("merged into
 * AP-…"), so one open application per person and program remains.
 */
@Component
class PersonMergedListener {

    private final ApplicationRepository repository;
    private final Audit audit;
    private final Clock clock;

    PersonMergedListener(ApplicationRepository repository, Audit audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(PersonMerged e) {
        Instant now = clock.instant();
        for (Application app : repository.ofPerson(e.merged())) {
            ApplicationStatus status = app.status();
            if (status.open()) {
                var kept = repository.open(app.programCode(), e.survivor());
                if (kept.isPresent()) {
                    repository.close(app.id(), ApplicationStatus.WITHDRAWN, e.by(), now, null);
                    status = ApplicationStatus.WITHDRAWN;
                    repository.history(app.id(), now, e.by(), "withdrawn", status, "merged into " + kept.get().number());
                }
            }
            repository.movePerson(app.id(), e.survivor());
            repository.history(app.id(), now, e.by(), "moved", status, "person record merged into " + e.survivor());
            audit.record(new AccessRecord(e.by(), "staff", null, null, Applications.PURPOSE, app.number(), "update",
                    Enrolment.DATASET, Enrolment.subject(e.survivor()), List.of("person_key", "status"), "granted",
                    "person " + e.merged() + " merged into " + e.survivor()));
        }
    }
}
