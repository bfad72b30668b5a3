package org.onecity.sharing;

import java.util.List;

/**
 * A dataset of personal data that agreements can name, with its fields. The owning module declares
 * it as a bean, so the admin pages offer its fields without depending on that module.
 */
public record Dataset(String name, List<String> fields) {

    public Dataset {
        fields = List.copyOf(fields);
    }
}
