package org.onecity.sharing;

import java.util.List;

/**
 * A table of another module whose columns hold sealed personal data. The owning module declares
 * it as a bean so key rotation can re-encrypt its rows; the context of each value is
 * {@code table.column#id}, the same one the owner passes to {@link PersonalData#seal}.
 *
 * @param table    schema-qualified table name
 * @param idColumn the bigint key of a row
 * @param columns  the sealed columns, each with its blind index column if it has one
 */
public record SealedTable(String table, String idColumn, List<Column> columns) {

    public SealedTable {
        columns = List.copyOf(columns);
        for (String name : names(table, idColumn, columns)) {
            if (!name.matches("[a-z_][a-z0-9_.]*")) {
                throw new IllegalArgumentException("not a plain SQL name: " + name);
            }
        }
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
        return PersonalData.context(table, column, id);
    }

    private static List<String> names(String table, String idColumn, List<Column> columns) {
        var all = new java.util.ArrayList<String>();
        all.add(table);
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
