package org.onecity.catalog;

import org.onecity.shared.Texts;

/** One choice of a list attribute. */
public record AttributeValue(String key, Texts name) {
}
