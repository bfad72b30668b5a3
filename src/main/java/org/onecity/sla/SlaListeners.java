package org.onecity.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.EscalationLevel;
import org.onecity.requests.RequestEvents.RequestClosed;
import org.onecity.requests.RequestEvents.RequestReopened;
import org.onecity.requests.RequestEvents.RequestRerouted;
import org.onecity.requests.RequestEvents.RequestSubmitted;
import org.onecity.sla.EscalationPolicy.Step;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the clocks in step with the requests. The listeners are synchronous: they run in the
 * transaction of the request change, so a clock is never behind its request.
 */
@Component
class SlaListeners {

    private final ClockRepository clocks;
    private final Catalog catalog;
    private final Clock clock;

    SlaListeners(ClockRepository clocks, Catalog catalog, Clock clock) {
        this.clocks = clocks;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void submitted(RequestSubmitted e) {
        if (e.expectedAt() != null) {
            clocks.start(e.number(), e.agencyCode(), e.serviceCode(), e.expectedAt(),
                    next(e.agencyCode(), 0, e.expectedAt()), clock.instant());
        }
    }

    @EventListener
    void closed(RequestClosed e) {
        clocks.stop(e.number(), e.at(), clock.instant());
    }

    @EventListener
    void reopened(RequestReopened e) {
        if (e.expectedAt() != null) {
            clocks.restart(e.number(), e.agencyCode(), e.expectedAt(), next(e.agencyCode(), 0, e.expectedAt()),
                    clock.instant());
        }
    }

    @EventListener
    void rerouted(RequestRerouted e) {
        clocks.lock(e.number()).ifPresent(c -> clocks.switchAgency(e.number(), e.toAgency(),
                c.running() ? next(e.toAgency(), c.level(), c.dueAt()) : Optional.empty(), clock.instant()));
    }

    private Optional<Step> next(String agency, int level, Instant due) {
        List<EscalationLevel> chain = catalog.agency(agency).map(Agency::escalationChain)
                .orElse(List.of());
        return EscalationPolicy.next(chain, level, due);
    }
}
