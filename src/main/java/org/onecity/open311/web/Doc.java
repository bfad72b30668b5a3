package org.onecity.open311.web;

import java.util.LinkedHashMap;

/** An ordered document node that leaves out null values. */
final class Doc extends LinkedHashMap<String, Object> {

    Doc with(String key, Object value) {
        if (value != null) {
            put(key, value);
        }
        return this;
    }
}
