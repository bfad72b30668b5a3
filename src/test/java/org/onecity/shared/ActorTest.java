package org.onecity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void staffCarryTheirAgencyAndRoles() {
        Actor a = Actor.staff("dsny.staff", "DSNY", Set.of("STAFF"));
        assertThat(a.is(Actor.Kind.STAFF)).isTrue();
        assertThat(a.holds("STAFF")).isTrue();
        assertThat(a.holds("ADMIN")).isFalse();
        assertThat(a.actsFor("DSNY")).isTrue();
        assertThat(a.actsFor("DOT")).isFalse();
        assertThat(a.system()).isNull();
    }

    @Test
    void aSystemIsNamedByItsCodeAndHoldsItsScopes() {
        Actor a = Actor.system("dsny-sys", "DSNY", Set.of("requests:update"));
        assertThat(a.name()).isEqualTo("dsny-sys");
        assertThat(a.system()).isEqualTo("dsny-sys");
        assertThat(a.holds("requests:update")).isTrue();
    }

    @Test
    void residentsAndJobsActForNoAgency() {
        assertThat(Actor.resident().name()).isEqualTo("resident");
        assertThat(Actor.resident().actsFor(null)).isFalse();
        assertThat(Actor.CITY.kind()).isEqualTo(Actor.Kind.JOB);
        assertThat(Actor.CITY.name()).isEqualTo("onecity");
        assertThat(Actor.job("demo", "SIBISO").actsFor("SIBISO")).isTrue();
    }

    @Test
    void anActorHasAKindAndAName() {
        assertThatThrownBy(() -> new Actor(null, "x", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(Actor.Kind.JOB, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Actor(Actor.Kind.JOB, "x", null, null, null).grants()).isEmpty();
    }
}
