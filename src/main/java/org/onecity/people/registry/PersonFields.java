package org.onecity.people.registry;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onecity.accounts.Role;
import org.onecity.shared.Actor;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Caller;

/** The people.person dataset: its fields, and who may see which at most by role or scope. */
public final class PersonFields {

    public static final String DATASET = "people.person";
    public static final List<String> ALL = List.of("curp", "given_names", "first_surname", "second_surname",
            "birth_date", "sex", "phone", "email", "address", "alcaldia");
    public static final String READ_SCOPE = AgencySystem.READ_PEOPLE;
    public static final String WRITE_SCOPE = AgencySystem.WRITE_PEOPLE;

    private PersonFields() {
    }

    /** The consent subject and audit subject of a registered person. */
    public static String subject(UUID key) {
        return "person:" + key;
    }

    /** Every field of the dataset; one left empty is released as null. */
    public static Map<String, String> values(PersonRecord p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("curp", p.curp());
        v.put("given_names", p.givenNames());
        v.put("first_surname", p.firstSurname());
        v.put("second_surname", p.secondSurname());
        v.put("birth_date", p.birthDate() == null ? null : p.birthDate().toString());
        v.put("sex", p.sex());
        v.put("phone", p.phone());
        v.put("email", p.email());
        v.put("address", p.address());
        v.put("alcaldia", p.alcaldia());
        return v;
    }

    /**
     * Administrators read the whole city's registry; agency staff and supervisors every field of their
     * own agency's people and of others' under an agreement; agents, analysts and auditors no field.
     */
    public static Caller caller(Actor a) {
        boolean works = Role.ADMIN.heldBy(a) || Role.STAFF.heldBy(a) || Role.SUPERVISOR.heldBy(a)
                || AgencySystem.may(a, READ_SCOPE);
        return new Caller(a, works ? Set.copyOf(ALL) : Set.of(), Role.ADMIN.heldBy(a));
    }

    /** The requested fields: the comma-separated list, or all when none is given. */
    public static Set<String> requested(String fields) {
        Set<String> s = new LinkedHashSet<>();
        if (fields != null) {
            for (String f : fields.split(",")) {
                if (!f.isBlank()) {
                    s.add(f.strip());
                }
            }
        }
        return s.isEmpty() ? new LinkedHashSet<>(ALL) : s;
    }
}
