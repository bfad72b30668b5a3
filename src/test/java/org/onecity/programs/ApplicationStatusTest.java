package org.onecity.programs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void onlyASubmittedApplicationMovesAndNeverBackToSubmitted() {
        assertThat(ApplicationStatus.SUBMITTED.mayBecome(ApplicationStatus.APPROVED)).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.mayBecome(ApplicationStatus.REJECTED)).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.mayBecome(ApplicationStatus.WITHDRAWN)).isTrue();
        assertThat(ApplicationStatus.SUBMITTED.mayBecome(ApplicationStatus.SUBMITTED)).isFalse();
        for (ApplicationStatus closed : new ApplicationStatus[] {ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
                ApplicationStatus.WITHDRAWN}) {
            assertThat(closed.open()).isFalse();
            for (ApplicationStatus next : ApplicationStatus.values()) {
                assertThat(closed.mayBecome(next)).as(closed + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void decisionsAreApproveAndRejectAndWireNamesRoundTrip() {
        assertThat(ApplicationStatus.APPROVED.decision()).isTrue();
        assertThat(ApplicationStatus.REJECTED.decision()).isTrue();
        assertThat(ApplicationStatus.WITHDRAWN.decision()).isFalse();
        assertThat(ApplicationStatus.SUBMITTED.decision()).isFalse();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertThat(ApplicationStatus.fromWire(s.wire())).contains(s);
        }
        assertThat(ApplicationStatus.fromWire("APPROVED")).isEmpty();
        assertThat(ApplicationStatus.fromWire(null)).isEmpty();
    }
}
