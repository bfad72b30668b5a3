package org.onecity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.shared.Texts;
import org.onecity.testing.MutableClock;

/** A background reload that read the rows before an admin's change must not hide that change. */
class CatalogSnapshotTest {

    /** Serves a list of agencies; the next read can run an action after it has read (a commit racing the reload). */
    static final class RacingRepository extends CatalogRepository {
        volatile List<Agency> agencies = List.of(agency("A"));
        volatile Runnable afterNextRead;

        RacingRepository() {
            super(null);
        }

        @Override
        List<Agency> agencies() {
            List<Agency> read = agencies;
            Runnable race = afterNextRead;
            afterNextRead = null;
            if (race != null) {
                race.run();
            }
            return read;
        }

        @Override
        List<ServiceType> services() {
            return List.of();
        }
    }

    static Agency agency(String code) {
        return new Agency(code, Texts.en("Agency " + code), null, null, null, null, true, List.of());
    }

    @Test
    void aReloadThatReadBeforeAChangeDoesNotInstallTheOldRows() {
        var clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        var repository = new RacingRepository();
        var catalog = new Catalog(repository, clock, Runnable::run);
        assertThat(catalog.agency("A")).isPresent();
        assertThat(catalog.agency("B")).isEmpty();

        clock.advance(Duration.ofSeconds(6));
        repository.afterNextRead = () -> {
            repository.agencies = List.of(agency("A"), agency("B"));
            catalog.refresh(); // an admin's change commits while the reload is reading
        };
        catalog.agencies(); // stale: reloads, reading the rows from before the change

        assertThat(catalog.agency("B")).as("the late reload must not bring back the old catalog").isPresent();
    }

    @Test
    void aStaleSnapshotIsReloadedAndTheNewRowsServed() {
        var clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        var repository = new RacingRepository();
        var catalog = new Catalog(repository, clock, Runnable::run);
        assertThat(catalog.agencies()).extracting(Agency::code).containsExactly("A");

        repository.agencies = List.of(agency("A"), agency("C"));
        assertThat(catalog.agency("C")).as("fresh snapshot still served").isEmpty();
        clock.advance(Duration.ofSeconds(6));
        catalog.agencies();
        assertThat(catalog.agency("C")).isPresent();
    }
}
