package org.onecity.platform;

/**
 * Whether this node seeds demo data (catalog, accounts, API key). Decided once at start: the
 * {@code onecity.demo} property when given, otherwise on exactly when the database is embedded.
 */
public record DemoMode(boolean enabled, String apiKey) {
}
