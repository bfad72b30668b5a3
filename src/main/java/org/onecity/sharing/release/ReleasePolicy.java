package org.onecity.sharing.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecity.sharing.Caller;

/**
 * THE release rule: released = requested ∩ agreement ∩ consent ∩ role. The provider agency's own
 * staff and systems, and city-wide roles, need no agreement; every other caller needs an agreement in
 * force for its agency or system and this purpose, and the person's consent where the agreement asks
 * for it. An active break-the-glass grant lifts the agreement and consent conditions, never the role.
 */
public final class ReleasePolicy {

    private ReleasePolicy() {
    }

    public record AgreementTerms(String code, String consumerAgency, String consumerSystem, String purpose,
                                 Set<String> fields, Instant validFrom, Instant validTo, boolean consentRequired) {

        boolean covers(Caller c) {
            return c.agency() != null && c.agency().equals(consumerAgency)
                    || c.system() != null && c.system().equals(consumerSystem);
        }

        boolean inForce(Instant now) {
            return !now.isBefore(validFrom) && (validTo == null || now.isBefore(validTo));
        }
    }

    /** Consent state of the person for the purpose: GIVEN, WITHDRAWN or NONE. */
    public enum Consent { GIVEN, WITHDRAWN, NONE }

    public record Outcome(Set<String> released, Map<String, String> denied, String decision, List<String> agreements) {
    }

    public static Outcome decide(Caller caller, String provider, String purpose, Set<String> requested,
                                 Set<String> available, List<AgreementTerms> agreements, Consent consent,
                                 boolean breakGlass, Instant now) {
        Set<String> released = new LinkedHashSet<>();
        Map<String, String> denied = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        boolean owner = caller.cityWide() || caller.agency() != null && caller.agency().equals(provider);
        List<AgreementTerms> mine = agreements.stream().filter(a -> a.covers(caller) && a.purpose().equals(purpose))
                .toList();
        List<AgreementTerms> inForce = mine.stream().filter(a -> a.inForce(now)).toList();
        boolean viaGlass = false;
        for (String f : requested) {
            String reason = null;
            if (!available.contains(f)) {
                reason = "unknown_field";
            } else if (!caller.roleFields().contains(f)) {
                reason = "not_allowed_for_role";
            } else if (!owner) {
                reason = agreementReason(f, mine, inForce, consent, used);
                if (reason != null && breakGlass) {
                    reason = null;
                    viaGlass = true;
                }
            }
            if (reason == null) {
                released.add(f);
            } else {
                denied.put(f, reason);
            }
        }
        String decision = released.isEmpty() ? "denied" : viaGlass ? "break_glass"
                : denied.isEmpty() ? "granted" : "partial";
        return new Outcome(released, denied, decision, used);
    }

    private static String agreementReason(String field, List<AgreementTerms> mine, List<AgreementTerms> inForce,
                                          Consent consent, List<String> used) {
        if (mine.isEmpty()) {
            return "no_agreement";
        }
        if (inForce.isEmpty()) {
            return "agreement_not_in_force";
        }
        List<AgreementTerms> covering = inForce.stream().filter(a -> a.fields().contains(field)).toList();
        if (covering.isEmpty()) {
            return "not_in_agreement";
        }
        for (AgreementTerms a : covering) {
            if (!a.consentRequired() || consent == Consent.GIVEN) {
                if (!used.contains(a.code())) {
                    used.add(a.code());
                }
                return null;
            }
        }
        return consent == Consent.WITHDRAWN ? "consent_withdrawn" : "no_consent";
    }
}
