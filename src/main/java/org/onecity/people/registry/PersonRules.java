package org.onecity.people.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.onecity.geo.DistrictRef;
import org.onecity.geo.Districts;
import org.onecity.people.Curp;
import org.onecity.shared.PlainText;
import org.springframework.stereotype.Component;

/**
 * The checks a person's details pass before they are written: a valid CURP when one is given, names,
 * a birth date not in the future that agrees with the CURP (as does the sex), email and phone formats,
 * and an alcaldía of Mexico City.
 */
@Component
public class PersonRules {

    static final String ALCALDIA_LAYER = "alcaldia";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>]{1,64}@[^@\\s<>]{1,255}\\.[^@\\s<>]{2,63}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{7,25}$");

    private final Districts districts;
    private final Clock clock;

    PersonRules(Districts districts, Clock clock) {
        this.districts = districts;
        this.clock = clock;
    }

    /** Mexico City's 16 alcaldías by name, as the registry stores them. */
    public List<String> alcaldias() {
        return districts.districts(ALCALDIA_LAYER).stream().map(DistrictRef::name).sorted().toList();
    }

    /** The checked details, or {@link PersonRejected} naming every refused field. */
    PersonDetails check(PersonForm f) {
        List<PersonProblem> problems = new ArrayList<>();
        Curp curp = null;
        String curpText = PlainText.trimToNull(f.curp());
        if (curpText != null) {
            var problem = Curp.problem(curpText);
            if (problem.isPresent()) {
                problems.add(new PersonProblem("curp", "curp." + problem.get().name().toLowerCase(Locale.ROOT),
                        problem.get().message()));
            } else {
                curp = Curp.parse(curpText);
                if (curp.birthDate().isAfter(LocalDate.now(clock))) {
                    problems.add(new PersonProblem("curp", "curp.future", "the CURP's birth date is in the future"));
                }
            }
        }
        String given = name(problems, "given_names", f.givenNames(), true);
        String first = name(problems, "first_surname", f.firstSurname(), true);
        String second = name(problems, "second_surname", f.secondSurname(), false);
        LocalDate birth = birthDate(problems, f.birthDate(), curp);
        String sex = sex(problems, f.sex(), curp);
        Contact contact = contact(problems, f.phone(), f.email(), f.address(), f.alcaldia(), f.latitude(),
                f.longitude());
        if (!problems.isEmpty()) {
            throw new PersonRejected(PersonRejected.Kind.INVALID, problems);
        }
        return new PersonDetails(curp == null ? null : curp.value(), given, first, second,
                birth != null ? birth : curp == null ? null : curp.birthDate(), sex, contact.phone(), contact.email(),
                contact.address(), contact.alcaldia());
    }

    /** Checked contact details (phone, email, address, alcaldía). */
    public record Contact(String phone, String email, String address, String alcaldia) {
    }

    Contact checkContact(String phone, String email, String address, String alcaldia) {
        List<PersonProblem> problems = new ArrayList<>();
        Contact c = contact(problems, phone, email, address, alcaldia, null, null);
        if (!problems.isEmpty()) {
            throw new PersonRejected(PersonRejected.Kind.INVALID, problems);
        }
        return c;
    }

    private Contact contact(List<PersonProblem> problems, String phone, String email, String address,
                            String alcaldia, Double lat, Double lon) {
        String p = PlainText.trimToNull(phone);
        if (p != null && (!PHONE.matcher(p).matches() || p.replaceAll("[^0-9]", "").length() < 7)) {
            problems.add(new PersonProblem("phone", "phone", "the phone number is not valid"));
        }
        String e = PlainText.trimToNull(email);
        if (e != null && !EMAIL.matcher(e).matches()) {
            problems.add(new PersonProblem("email", "email", "the email address is not valid"));
        }
        String a = PlainText.trimToNull(address);
        if (a != null && (a.length() > 500 || PlainText.containsMarkup(a) || PlainText.containsControlCharacters(a))) {
            problems.add(new PersonProblem("address", "address", "the address must be plain text of 500 characters at most"));
        }
        return new Contact(p, e, a, alcaldia(problems, alcaldia, lat, lon));
    }

    private String alcaldia(List<PersonProblem> problems, String picked, Double lat, Double lon) {
        String name = PlainText.trimToNull(picked);
        if (name == null && lat != null && lon != null) {
            var found = districts.locate(lat, lon).in("alcaldia").orElse(null);
            if (found == null) {
                problems.add(new PersonProblem("alcaldia", "alcaldia.point", "the point is not in Mexico City"));
                return null;
            }
            return found.name();
        }
        if (name != null && !alcaldias().contains(name)) {
            problems.add(new PersonProblem("alcaldia", "alcaldia", "the alcaldía is not one of Mexico City's 16"));
        }
        return name;
    }

    private static String name(List<PersonProblem> problems, String field, String value, boolean required) {
        String v = PlainText.trimToNull(value);
        if (v == null) {
            if (required) {
                problems.add(new PersonProblem(field, "required", field.replace('_', ' ') + " is required"));
            }
            return null;
        }
        v = v.replaceAll("\\s+", " ");
        if (v.length() > 100 || PlainText.containsMarkup(v) || PlainText.containsControlCharacters(v)
                || !v.matches("[\\p{L}\\p{M}' .-]+")) {
            problems.add(new PersonProblem(field, "name", field.replace('_', ' ')
                    + " must be letters, spaces, apostrophes or hyphens, 100 at most"));
        }
        return v;
    }

    private LocalDate birthDate(List<PersonProblem> problems, String text, Curp curp) {
        String v = PlainText.trimToNull(text);
        if (v == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(new PersonProblem("birth_date", "birth_date", "the birth date is not a date (yyyy-mm-dd)"));
            return null;
        }
        if (d.isAfter(LocalDate.now(clock))) {
            problems.add(new PersonProblem("birth_date", "birth_date.future", "the birth date is in the future"));
        } else if (d.isBefore(LocalDate.of(1890, 1, 1))) {
            problems.add(new PersonProblem("birth_date", "birth_date", "the birth date is not a date (yyyy-mm-dd)"));
        } else if (curp != null && !curp.birthDate().equals(d)) {
            problems.add(new PersonProblem("birth_date", "birth_date.curp",
                    "the birth date does not match the CURP's (" + curp.birthDate() + ")"));
        }
        return d;
    }

    private static String sex(List<PersonProblem> problems, String text, Curp curp) {
        String v = PlainText.trimToNull(text);
        if (v == null) {
            return curp == null ? null : curp.sex();
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!v.matches("[HMX]")) {
            problems.add(new PersonProblem("sex", "sex", "sex is H, M or X"));
        } else if (curp != null && !curp.sex().equals(v)) {
            problems.add(new PersonProblem("sex", "sex.curp", "the sex does not match the CURP's (" + curp.sex() + ")"));
        }
        return v;
    }
}
