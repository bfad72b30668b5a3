package org.onecity.people.registry;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.onecity.catalog.Catalog;
import org.onecity.platform.DemoMode;
import org.onecity.shared.Actor;
import org.onecity.sharing.Governance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo registry: four synthetic people held by SIBISO (valid CURPs, invented names and contacts) and
 * an agreement letting DIF-CDMX read their identity for program eligibility with the person's consent.
 * Only in demo mode; registration is idempotent by CURP, so every start leaves the same records.
 */
@Component
@Order(40)
class DemoPeople implements ApplicationRunner {

    static final String HOLDER = "SIBISO";
    static final String AGREEMENT = "DEMO-SIBISO-DIF-PEOPLE";
    static final List<PersonForm> PEOPLE = List.of(
            new PersonForm("LOHG850312MDFPRD09", "María Guadalupe", "López", "Hernández", "1985-03-12", "M",
                    "55 5550 0101", "guadalupe.lopez@correo.example", "Calle Ficticia 12, Col. Demo", "Iztapalapa",
                    null, null),
            new PersonForm("MASJ781105HDFRNN07", "Juan Carlos", "Martínez", "Sánchez", "1978-11-05", "H",
                    "55 5550 0102", null, "Avenida Ejemplo 340, Col. Prueba", "Coyoacán", null, null),
            new PersonForm("RUTX080721MDFZRMA4", "Ximena", "Ruiz", "Torres", "2008-07-21", "M", null,
                    "ximena.ruiz@correo.example", null, "Cuauhtémoc", null, null),
            new PersonForm("HECA920130XNERRL09", "Alex", "Hernández", "Cruz", "1992-01-30", "X", "55 5550 0104",
                    null, null, "Gustavo A. Madero", null, null));

    private final Registration registration;
    private final Governance governance;
    private final Catalog catalog;
    private final DemoMode demo;

    DemoPeople(Registration registration, Governance governance, Catalog catalog, DemoMode demo) {
        this.registration = registration;
        this.governance = governance;
        this.catalog = catalog;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || catalog.agency(HOLDER).isEmpty() || catalog.agency("DIF-CDMX").isEmpty()) {
            return;
        }
        Actor seeder = Actor.job("demo", HOLDER);
        for (PersonForm p : PEOPLE) {
            registration.register(p, HOLDER, seeder, true);
        }
        if (governance.all().stream().noneMatch(a -> a.code().equals(AGREEMENT))) {
            governance.addAgreement(new Governance.Agreement(AGREEMENT, HOLDER, "DIF-CDMX", null, PersonFields.DATASET,
                    new java.util.LinkedHashSet<>(List.of("curp", "given_names", "first_surname", "second_surname",
                            "birth_date", "alcaldia")), "program-eligibility",
                    "Demo: coordination of social programs between SIBISO and DIF-CDMX (illustration, not a real"
                            + " agreement)", Instant.parse("2025-01-01T00:00:00Z"), null, true), "demo");
        }
    }

    /** The demo people's CURPs (for tests). */
    static Set<String> curps() {
        return Set.copyOf(PEOPLE.stream().map(PersonForm::curp).toList());
    }
}
