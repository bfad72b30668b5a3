package org.onecity.vault;

/**
 * A column of another module that holds blind index values with no sealed value beside it (a log
 * keyed by the phone's index, say). The owning module declares it as a bean, so an index-key
 * rotation ({@link IndexKeyRotation}) moves its values to the next key: each value a sealed table
 * holds too is mapped from the old key's hash to the next key's while that table is re-indexed.
 * A value no sealed table holds any more cannot be mapped and stays under the old key.
 *
 * @param table  schema-qualified table name
 * @param column the bytea column holding the index values (best with an index on it)
 * @param index  the kind of value hashed
 */
public record IndexColumn(String table, String column, BlindIndex index) {

    public IndexColumn {
        SqlNames.requirePlain(table, column);
    }
}
