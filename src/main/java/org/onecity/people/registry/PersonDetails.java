package org.onecity.people.registry;

import java.time.LocalDate;

/** What is registered about a person, validated (see {@link PersonRules}); optional fields may be null. */
public record PersonDetails(String curp, String givenNames, String firstSurname, String secondSurname,
                            LocalDate birthDate, String sex, String phone, String email, String address,
                            String alcaldia) {
}
