package org.onecity.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecity.shared.Actor;
import org.onecity.sharing.release.ReleasePolicy;
import org.onecity.sharing.release.ReleasePolicy.AgreementTerms;
import org.onecity.sharing.release.ReleasePolicy.Consent;

class ReleasePolicyTest {

    static final Set<String> ALL = Set.of("first_name", "email", "phone");
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Caller NYPD = new Caller(Actor.system("nypd-sys", "NYPD", Set.of()), ALL, false);
    static final AgreementTerms PHONE_WITH_CONSENT = new AgreementTerms("a1", "NYPD", null, "enforcement",
            Set.of("phone", "first_name"), Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"),
            true);

    private static ReleasePolicy.Outcome decide(Caller c, Set<String> asked, List<AgreementTerms> a, Consent consent,
                                                boolean glass, Instant now) {
        return ReleasePolicy.decide(c, "DSNY", "enforcement", asked, ALL, a, consent, glass, now);
    }

    @Test
    void releasedIsTheIntersectionOfRequestAgreementConsentAndRole() {
        var out = decide(NYPD, Set.of("phone", "email"), List.of(PHONE_WITH_CONSENT), Consent.GIVEN, false, NOW);
        assertThat(out.released()).containsExactly("phone");
        assertThat(out.denied()).containsEntry("email", "not_in_agreement");
        assertThat(out.decision()).isEqualTo("partial");
        assertThat(out.agreements()).containsExactly("a1");
    }

    @Test
    void consentMissingOrWithdrawnDenies() {
        assertThat(decide(NYPD, Set.of("phone"), List.of(PHONE_WITH_CONSENT), Consent.NONE, false, NOW).denied())
                .containsEntry("phone", "no_consent");
        assertThat(decide(NYPD, Set.of("phone"), List.of(PHONE_WITH_CONSENT), Consent.WITHDRAWN, false, NOW).denied())
                .containsEntry("phone", "consent_withdrawn");
    }

    @Test
    void agreementsOutOfForceOrForOthersDeny() {
        assertThat(decide(NYPD, Set.of("phone"), List.of(PHONE_WITH_CONSENT), Consent.GIVEN, false,
                Instant.parse("2027-01-01T00:00:00Z")).denied()).containsEntry("phone", "agreement_not_in_force");
        Caller dot = new Caller(Actor.system("dot-sys", "DOT", Set.of()), ALL, false);
        assertThat(decide(dot, Set.of("phone"), List.of(PHONE_WITH_CONSENT), Consent.GIVEN, false, NOW).denied())
                .containsEntry("phone", "no_agreement");
    }

    @Test
    void theRoleLimitsEvenTheOwnerAndBreakingTheGlass() {
        Caller ownNoScope = new Caller(Actor.system("dsny-sys", "DSNY", Set.of()), Set.of(), false);
        assertThat(decide(ownNoScope, Set.of("phone"), List.of(), Consent.NONE, false, NOW).denied())
                .containsEntry("phone", "not_allowed_for_role");
        Caller own = new Caller(Actor.system("dsny-sys", "DSNY", Set.of()), ALL, false);
        assertThat(decide(own, Set.of("phone", "shoe_size"), List.of(), Consent.NONE, false, NOW).denied())
                .containsEntry("shoe_size", "unknown_field");
        var glass = decide(NYPD, Set.of("email"), List.of(), Consent.NONE, true, NOW);
        assertThat(glass.released()).containsExactly("email");
        assertThat(glass.decision()).isEqualTo("break_glass");
    }

    @Test
    void aGrantForSomeFieldsReleasesThoseOnlyAndTheAgreementStillCountsForTheRest() {
        var out = ReleasePolicy.decide(NYPD, "DSNY", "enforcement", Set.of("phone", "email", "first_name"), ALL,
                List.of(new AgreementTerms("a2", "NYPD", null, "enforcement", Set.of("first_name"),
                        Instant.parse("2026-01-01T00:00:00Z"), null, false)), Consent.WITHDRAWN, Set.of("phone"), NOW);
        assertThat(out.released()).containsExactlyInAnyOrder("phone", "first_name");
        assertThat(out.denied()).containsExactly(java.util.Map.entry("email", "not_in_break_glass"));
        assertThat(out.decision()).isEqualTo("break_glass");
        assertThat(ReleasePolicy.decide(NYPD, "DSNY", "enforcement", Set.of("email"), ALL, List.of(), Consent.NONE,
                Set.of("phone"), NOW).decision()).isEqualTo("denied");
    }
}
