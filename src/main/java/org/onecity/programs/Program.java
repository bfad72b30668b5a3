package org.onecity.programs;

import java.util.List;
import org.onecity.shared.Texts;

/**
 * A social program of the city.
 *
 * @param agencyCode        the responsible agency (a catalog agency)
 * @param benefit           what a beneficiary receives; empty when the source does not say
 * @param budget2025Mxn     the reported 2025 budget in pesos, or null when not reported
 * @param beneficiaries2025 the reported number of 2025 beneficiaries, or null
 * @param beneficiariesNote what that number counts when not people (e.g. families), or empty
 * @param sourceDate        the date of the source: yyyy, yyyy-mm or yyyy-mm-dd
 */
public record Program(String code, String agencyCode, Texts name, Texts targetPopulation, Texts benefit,
                      Long budget2025Mxn, Long beneficiaries2025, Texts beneficiariesNote, boolean newIn2025,
                      List<String> sourceUrls, String sourceDate, boolean active) {

    public Program {
        benefit = benefit == null ? new Texts(null) : benefit;
        beneficiariesNote = beneficiariesNote == null ? new Texts(null) : beneficiariesNote;
        sourceUrls = sourceUrls == null ? List.of() : List.copyOf(sourceUrls);
    }
}
