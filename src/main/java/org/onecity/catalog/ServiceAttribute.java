package org.onecity.catalog;

import java.util.List;
import org.onecity.shared.Texts;

/** One question of a service's Open311 form. */
public record ServiceAttribute(String code, Datatype datatype, boolean required, boolean variable, int order,
                               Texts description, Texts datatypeDescription, List<AttributeValue> values) {

    public ServiceAttribute {
        values = values == null ? List.of() : List.copyOf(values);
        datatypeDescription = datatypeDescription == null ? new Texts(null) : datatypeDescription;
    }

    public boolean hasValue(String key) {
        return values.stream().anyMatch(v -> v.key().equals(key));
    }
}
