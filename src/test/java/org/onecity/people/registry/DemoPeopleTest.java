package org.onecity.people.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onecity.people.Curp;

class DemoPeopleTest {

    @Test
    void everyDemoCurpIsValidAndAgreesWithTheBirthDateAndSex() {
        assertThat(DemoPeople.curps()).hasSize(4);
        for (PersonForm p : DemoPeople.PEOPLE) {
            assertThat(Curp.problem(p.curp())).as(p.curp()).isEmpty();
            Curp c = Curp.parse(p.curp());
            assertThat(c.birthDate()).isEqualTo(LocalDate.parse(p.birthDate()));
            assertThat(c.sex()).isEqualTo(p.sex());
        }
    }
}
