package org.onecity.vault;

/** The table and column names other modules declare are put into SQL as they are: plain names only. */
final class SqlNames {

    private SqlNames() {
    }

    static void requirePlain(String... names) {
        for (String name : names) {
            if (name == null || !name.matches("[a-z_][a-z0-9_.]*")) {
                throw new IllegalArgumentException("not a plain SQL name: " + name);
            }
        }
    }
}
