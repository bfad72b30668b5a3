package org.onecity.people.registry;

/**
 * A person as typed on the register page or sent by an agency system: every field as text, unchecked.
 * {@code latitude}/{@code longitude} (optional) place the person in an alcaldía when none is picked.
 */
public record PersonForm(String curp, String givenNames, String firstSurname, String secondSurname, String birthDate,
                         String sex, String phone, String email, String address, String alcaldia, Double latitude,
                         Double longitude) {
}
