package org.onecity.sla;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the clocks: one request's standing, an agency's overdue requests. */
@Service
@Transactional(readOnly = true)
public class SlaClocks {

    static final int MAX_LIMIT = 1000;

    private final ClockRepository clocks;
    private final Clock clock;

    SlaClocks(ClockRepository clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
    }

    public Optional<SlaStatus> status(String number) {
        return number == null ? Optional.empty() : clocks.find(number).map(c -> c.status(clock.instant()));
    }

    /** The agency's open requests past their due date, the longest overdue first (at most 1000). */
    public List<SlaStatus> overdue(String agencyCode, int limit) {
        if (agencyCode == null || limit < 1) {
            return List.of();
        }
        var now = clock.instant();
        return clocks.overdue(agencyCode, now, Math.min(limit, MAX_LIMIT)).stream().map(c -> c.status(now)).toList();
    }
}
