package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecity.audit.AccessRecord;
import org.onecity.shared.Actor;

/** The stored actor kinds stay the strings they always were, in history and in the audit. */
class HistoryActorsTest {

    private static final Actor SYSTEM = Actor.system("dsny-sys", "DSNY", Set.of());

    @Test
    void historyKinds() {
        assertThat(HistoryActors.kind(Actor.staff("x"))).isEqualTo("staff");
        assertThat(HistoryActors.kind(Actor.resident())).isEqualTo("resident");
        assertThat(HistoryActors.kind(Actor.CITY)).isEqualTo("system");
        assertThat(HistoryActors.kind(SYSTEM)).isEqualTo("agency_system");
    }

    @Test
    void aMachineFilingThroughTheApiIsAnApiClient() {
        assertThat(HistoryActors.filer(SYSTEM, Channel.API)).isEqualTo("api_client");
        assertThat(HistoryActors.filer(Actor.resident(), Channel.API)).isEqualTo("resident");
        assertThat(HistoryActors.filer(Actor.staff("agent"), Channel.PHONE)).isEqualTo("staff");
    }

    @Test
    void auditKinds() {
        assertThat(AccessRecord.kindOf(Actor.staff("x"))).isEqualTo("staff");
        assertThat(AccessRecord.kindOf(SYSTEM)).isEqualTo("system");
        assertThat(AccessRecord.kindOf(Actor.resident())).isEqualTo("resident");
        assertThat(AccessRecord.kindOf(Actor.job("demo"))).isEqualTo("job");
    }
}
