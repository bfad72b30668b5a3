package org.onecity.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The six Open311 attribute datatypes. */
public enum Datatype {
    STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

    public String wire() {
        return name().toLowerCase();
    }

    public boolean isList() {
        return this == SINGLEVALUELIST || this == MULTIVALUELIST;
    }

    public static Optional<Datatype> fromWire(String s) {
        return Arrays.stream(values()).filter(d -> d.wire().equals(s)).findFirst();
    }
}
