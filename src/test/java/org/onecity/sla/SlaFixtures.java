package org.onecity.sla;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.EscalationLevel;
import org.onecity.catalog.Open311Type;
import org.onecity.catalog.ServiceType;
import org.onecity.requests.Channel;
import org.onecity.requests.HistoryEntry;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Texts;

/** Agencies, services and requests of the SLA tests, each with codes of its own. */
final class SlaFixtures {

    private SlaFixtures() {
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** An agency whose chain has one level per delay: level 1 at the first delay, level 2 at the second … */
    static Agency agency(Catalog catalog, int... delayHours) {
        String code = "SLA" + unique();
        List<EscalationLevel> chain = new ArrayList<>();
        for (int i = 0; i < delayHours.length; i++) {
            int level = i + 1;
            chain.add(new EscalationLevel(level, code.toLowerCase(Locale.ROOT) + "-l" + level,
                    Texts.en("Level " + level + " of " + code), "Person " + level, delayHours[i]));
        }
        return catalog.saveAgency(new Agency(code, Texts.en("Agency " + code), null, null, null, null, true, chain));
    }

    static ServiceType service(Catalog catalog, Agency agency, int slaHours) {
        String code = "sla-" + unique().toLowerCase(Locale.ROOT);
        return catalog.saveService(new ServiceType(code, agency.code(), Texts.en("Service " + code),
                Texts.en("A service of the SLA tests"), Texts.en("Tests"), Map.of(), slaHours, Open311Type.REALTIME,
                true, List.of()));
    }

    /** A request by API at an address (no coordinates: no district routing, no nearby duplicates). */
    static SubmitRequest request(ServiceType service) {
        return new SubmitRequest(service.code(), Channel.API, "Overflowing basket", null, null,
                "1 Centre Street, New York", null, null, Map.of(), null, List.of(), List.of(), "en", null, null,
                null);
    }

    static List<HistoryEntry> escalations(RequestQueries queries, String number) {
        return queries.history(number, false).stream().filter(h -> h.kind().equals("escalated")).toList();
    }

    static List<Integer> levels(List<HistoryEntry> escalations) {
        return escalations.stream().map(h -> ((Number) h.details().get("level")).intValue()).toList();
    }
}
