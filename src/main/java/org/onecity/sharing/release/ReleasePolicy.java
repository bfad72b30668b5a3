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
 * for it. An active break-the-glass grant lifts the agreement and consent conditions, never the role,
 * and only for the fields it was granted for (all of them when it names none).
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
        return decide(caller, provider, purpose, requested, available, agreements, consent,
                breakGlass ? Set.copyOf(requested) : null, now);
    }

    /**
     * As above, with the fields an active break-the-glass grant covers ({@code null} when there is no
     * grant); a field the grant leaves out keeps its agreement and consent conditions and, when they
     * deny it, is withheld as {@code not_in_break_glass}.
     */
    public static Outcome decide(Caller caller, String provider, String purpose, Set<String> requested,
                                 Set<String> available, List<AgreementTerms> agreements, Consent consent,
                                 Set<String> breakGlass, Instant now) {
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
                if (reason != null && breakGlass != null) {
                    if (breakGlass.contains(f)) {
                        reason = null;
                        viaGlass = true;
                    } else {
                        reason = "not_in_break_glass";
                    }
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
