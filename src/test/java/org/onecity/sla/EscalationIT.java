package org.onecity.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecity.sla.SlaFixtures.escalations;
import static org.onecity.sla.SlaFixtures.levels;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onecity.catalog.Catalog;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestCoordination;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.Actor;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.MutableClock;
import org.onecity.testing.MutableClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Due dates and escalation on one node, time moved by hand. Each test has its own agency and service. */
@Import(MutableClockConfiguration.class)
@TestPropertySource(properties = "onecity.demo=false")
class EscalationIT extends IntegrationBase {

    @Autowired Catalog catalog;
    @Autowired RequestIntake intake;
    @Autowired RequestWork work;
    @Autowired RequestCoordination coordination;
    @Autowired RequestQueries queries;
    @Autowired Escalations escalations;
    @Autowired SlaClocks clocks;
    @Autowired MutableClock clock;

    private ServiceRequest submit(int slaHours, int... delays) {
        var agency = SlaFixtures.agency(catalog, delays);
        var service = SlaFixtures.service(catalog, agency, slaHours);
        return intake.submit(SlaFixtures.request(service)).request();
    }

    private ServiceRequest reload(String number) {
        return queries.find(number).orElseThrow();
    }

    @Test
    void submittingStartsTheClockAtTheRequestsDueDate() {
        var r = submit(48, 0, 24, 72);
        var status = clocks.status(r.number()).orElseThrow();
        assertThat(status.dueAt()).isEqualTo(r.expectedAt()).isEqualTo(r.requestedAt().plus(Duration.ofHours(48)));
        assertThat(status.level()).isZero();
        assertThat(status.nextLevel()).isEqualTo(1);
        assertThat(status.nextEscalationAt()).isEqualTo(r.expectedAt());
        assertThat(status.overdue()).isFalse();
        assertThat(clocks.overdue(r.agencyCode(), 10)).isEmpty();

        clock.advance(Duration.ofHours(49));
        assertThat(clocks.status(r.number()).orElseThrow().overdue()).isTrue();
        assertThat(clocks.overdue(r.agencyCode(), 10)).extracting(SlaStatus::number).containsExactly(r.number());
    }

    @Test
    void aRequestEightyHoursOverdueClimbsEveryLevelInOneRunInOrder() {
        var r = submit(24, 0, 24, 72);
        clock.advance(Duration.ofHours(24 + 80));

        assertThat(escalations.escalateOverdue()).isGreaterThanOrEqualTo(3);

        var escalated = escalations(queries, r.number());
        assertThat(levels(escalated)).containsExactly(1, 2, 3);
        assertThat(escalated).allSatisfy(h -> assertThat(h.actorKind()).isEqualTo("system"));
        assertThat(reload(r.number()).escalationLevel()).isEqualTo(3);
        var status = clocks.status(r.number()).orElseThrow();
        assertThat(status.level()).isEqualTo(3);
        assertThat(status.nextLevel()).isNull();
        assertThat(status.nextEscalationAt()).isNull();

        escalations.escalateOverdue();
        assertThat(escalations(queries, r.number())).hasSize(3);
    }

    @Test
    void levelsComeOneAtATimeAsTheirDelaysPass() {
        var r = submit(10, 2, 24, 72);
        clock.advance(Duration.ofHours(11));
        escalations.escalateOverdue();
        assertThat(levels(escalations(queries, r.number()))).isEmpty();

        clock.advance(Duration.ofHours(2));
        escalations.escalateOverdue();
        assertThat(levels(escalations(queries, r.number()))).containsExactly(1);
        assertThat(clocks.status(r.number()).orElseThrow().nextEscalationAt())
                .isEqualTo(r.expectedAt().plus(Duration.ofHours(24)));

        clock.advance(Duration.ofHours(24));
        escalations.escalateOverdue();
        assertThat(levels(escalations(queries, r.number()))).containsExactly(1, 2);
    }

    @Test
    void aClosedRequestStopsItsClockAndIsNeverEscalated() {
        var r = submit(24, 0, 24, 72);
        clock.advance(Duration.ofHours(1));
        work.changeStatus(new ChangeStatus(r.number(), RequestStatus.CLOSED, ClosureOutcome.RESOLVED, "Emptied",
                true, "Basket emptied", Actor.staff("sla.tester")));
        clock.advance(Duration.ofHours(200));

        escalations.escalateOverdue();

        assertThat(escalations(queries, r.number())).isEmpty();
        var status = clocks.status(r.number()).orElseThrow();
        assertThat(status.running()).isFalse();
        assertThat(status.overdue()).isFalse();
        assertThat(status.nextEscalationAt()).isNull();
        assertThat(clocks.overdue(r.agencyCode(), 10)).isEmpty();
    }

    @Test
    void reopeningRestartsTheClockFromLevelZeroWithTheNewDueDate() {
        var r = submit(24, 0, 24, 72);
        clock.advance(Duration.ofHours(24 + 30));
        escalations.escalateOverdue();
        assertThat(levels(escalations(queries, r.number()))).containsExactly(1, 2);
        work.changeStatus(new ChangeStatus(r.number(), RequestStatus.CLOSED, ClosureOutcome.RESOLVED, null, false,
                null, Actor.staff("sla.tester")));

        clock.advance(Duration.ofHours(5));
        var reopened = work.reopen(r.number(), "The basket is full again", Actor.resident());

        var status = clocks.status(r.number()).orElseThrow();
        assertThat(status.running()).isTrue();
        assertThat(status.level()).isZero();
        assertThat(status.dueAt()).isEqualTo(reopened.expectedAt()).isAfter(r.expectedAt());
        assertThat(status.nextEscalationAt()).isEqualTo(reopened.expectedAt());

        clock.advance(Duration.ofHours(24 + 80));
        escalations.escalateOverdue();
        assertThat(levels(escalations(queries, r.number()))).containsExactly(1, 2, 1, 2, 3);
        assertThat(reload(r.number()).escalationLevel()).isEqualTo(3);
    }

    @Test
    void reroutingSwitchesToTheNewAgencysChainKeepingLevelAndDueDate() {
        var r = submit(24, 0, 48);
        clock.advance(Duration.ofHours(25));
        escalations.escalateOverdue();
        assertThat(levels(escalations(queries, r.number()))).containsExactly(1);

        var other = SlaFixtures.agency(catalog, 0, 10, 20);
        coordination.reroute(r.number(), other.code(), "Belongs to the other agency", Actor.staff("sla.tester"));

        var status = clocks.status(r.number()).orElseThrow();
        assertThat(status.agencyCode()).isEqualTo(other.code());
        assertThat(status.dueAt()).isEqualTo(r.expectedAt());
        assertThat(status.level()).isEqualTo(1);
        assertThat(status.nextLevel()).isEqualTo(2);
        assertThat(status.nextEscalationAt()).isEqualTo(r.expectedAt().plus(Duration.ofHours(10)));

        clock.advance(Duration.ofHours(20));
        escalations.escalateOverdue();
        var escalated = escalations(queries, r.number());
        assertThat(levels(escalated)).containsExactly(1, 2, 3);
        assertThat(escalated.subList(1, 3)).extracting(h -> h.details().get("role"))
                .containsExactly(other.escalationChain().get(1).role(), other.escalationChain().get(2).role());
    }

    @Test
    void anAgencyWithoutAChainGivesADueDateAndNoEscalation() {
        var r = submit(24);
        var status = clocks.status(r.number()).orElseThrow();
        assertThat(status.nextLevel()).isNull();
        clock.advance(Duration.ofHours(100));
        escalations.escalateOverdue();
        assertThat(escalations(queries, r.number())).isEmpty();
        assertThat(clocks.status(r.number()).orElseThrow().overdue()).isTrue();
    }
}
