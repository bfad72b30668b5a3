package org.onecity.people.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of people.person with its sealed fields opened. Never leaves the people module. */
public record PersonRecord(long id, UUID key, String curp, String givenNames, String firstSurname,
                           String secondSurname, LocalDate birthDate, String sex, String phone, String email,
                           String address, String alcaldia, String holderAgency, Instant createdAt, String createdBy,
                           Instant updatedAt, Long mergedInto) {

    public boolean merged() {
        return mergedInto != null;
    }
}
