package org.onecity.vault;

import java.util.List;

/**
 * A table of another module whose columns hold sealed personal data. The owning module declares
 * it as a bean so key rotation can re-encrypt its rows; the context of each value is
 * {@code contextName.column#id}, the same one the owner passes to {@link PersonalData#seal}.
 *
 * @param table       schema-qualified table name
 * @param idColumn    the bigint key of a row
 * @param columns     the sealed columns, each with its blind index column if it has one
 * @param contextName the name every value of the table is bound to: the table's name when its rows
 *                    were first sealed, kept when the table later moves to another schema or is renamed
 *                    (a sealed value opens only under the context it was sealed with)
 */
public record SealedTable(String table, String idColumn, List<Column> columns, String contextName) {

    public SealedTable {
        columns = List.copyOf(columns);
        if (contextName == null) {
            contextName = table;
        }
        SqlNames.requirePlain(names(table, contextName, idColumn, columns).toArray(String[]::new));
    }

    /** A table whose values are bound to its own name. */
    public SealedTable(String table, String idColumn, List<Column> columns) {
        this(table, idColumn, columns, null);
    }

    /** The same table under a new name whose values stay bound to {@code contextName}, their first name. */
    public SealedTable sealedAs(String contextName) {
        return new SealedTable(table, idColumn, columns, contextName);
    }

    /** A sealed column; {@code index} and {@code indexColumn} are null when it has no blind index. */
    public record Column(String name, BlindIndex index, String indexColumn) {

        public static Column sealed(String name) {
            return new Column(name, null, null);
        }

        public static Column indexed(String name, BlindIndex index, String indexColumn) {
            return new Column(name, index, indexColumn);
        }
    }

    /** The context a value of this column in this row is sealed under. */
    public String context(String column, long id) {
        return PersonalData.context(contextName, column, id);
    }

    private static List<String> names(String table, String contextName, String idColumn, List<Column> columns) {
        var all = new java.util.ArrayList<String>();
        all.add(table);
        all.add(contextName);
        all.add(idColumn);
        for (Column c : columns) {
            all.add(c.name());
            if (c.indexColumn() != null) {
                all.add(c.indexColumn());
            }
        }
        return all;
    }
}
