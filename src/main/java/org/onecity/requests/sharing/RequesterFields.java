package org.onecity.requests.sharing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecity.accounts.Role;
import org.onecity.requests.Requester;
import org.onecity.shared.Actor;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Caller;

/** The requester dataset: its fields, and who may see which at most by role or scope. */
public final class RequesterFields {

    public static final String DATASET = "requests.requester";
    public static final List<String> ALL = List.of("first_name", "last_name", "email", "phone", "device_id", "account_id");

    private RequesterFields() {
    }

    public static Map<String, String> values(Requester r) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "first_name", r.firstName());
        put(v, "last_name", r.lastName());
        put(v, "email", r.email());
        put(v, "phone", r.phone());
        put(v, "device_id", r.deviceId());
        put(v, "account_id", r.accountId());
        return v;
    }

    /** Every field of the dataset is known; one the person left empty is released as null. */
    private static void put(Map<String, String> v, String k, String value) {
        v.put(k, value);
    }

    /**
     * Systems with the requester scope and staff who work requests (admins, agents, agency staff and
     * supervisors) may see every field; admins and agents serve the whole city.
     */
    public static Caller caller(Actor a) {
        boolean cityWide = Role.ADMIN.heldBy(a) || Role.AGENT.heldBy(a);
        boolean works = cityWide || Role.STAFF.heldBy(a) || Role.SUPERVISOR.heldBy(a)
                || AgencySystem.may(a, AgencySystem.READ_REQUESTER);
        return new Caller(a, works ? Set.copyOf(ALL) : Set.of(), cityWide);
    }

    /** The requested fields: the comma-separated list, or all when none is given. */
    public static Set<String> requested(String fields) {
        if (fields == null || fields.isBlank()) {
            return new LinkedHashSet<>(ALL);
        }
        Set<String> s = new LinkedHashSet<>();
        for (String f : fields.split(",")) {
            if (!f.isBlank()) {
                s.add(f.strip());
            }
        }
        return s;
    }
}
