package org.onecity.sharing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one release decision.
 *
 * @param released the fields the caller gets, with their values
 * @param denied   each field left out, with the reason
 * @param decision granted, partial, denied or break_glass
 * @param auditSeq the audit entry that records it
 */
public record Release(Map<String, String> released, Map<String, String> denied, String decision, long auditSeq) {

    public Release {
        released = new LinkedHashMap<>(released);
        denied = new LinkedHashMap<>(denied);
    }
}
