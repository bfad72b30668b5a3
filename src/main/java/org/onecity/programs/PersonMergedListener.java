package org.onecity.programs;

import org.onecity.people.PersonMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves a merged person's applications to the survivor, synchronously in the merge's transaction. */
@Component
class PersonMergedListener {

    private final Applications applications;

    PersonMergedListener(Applications applications) {
        this.applications = applications;
    }

    @EventListener
    void on(PersonMerged e) {
        applications.moveToSurvivor(e.merged(), e.survivor(), e.by());
    }
}
