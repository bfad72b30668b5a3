package org.onecity.vault;

/**
 * A column of another module that holds person keys ({@link PersonKeys}: {@code email:<hex>},
 * {@code phone:<hex>}) beside other values, with a column naming the index key each person key was
 * computed under (null for a value that is not a person key), such as consent subjects. The owning
 * module declares it as a bean, so an index-key rotation ({@link IndexKeyRotation}) moves its person
 * keys from the old key's hex to the next key's while the sealed tables are re-indexed.
 *
 * @param table     schema-qualified table name
 * @param column    the text column holding the person keys (best with an index on it)
 * @param keyColumn the int column holding the index key's id
 */
public record PersonKeyColumn(String table, String column, String keyColumn) {

    public PersonKeyColumn {
        SqlNames.requirePlain(table, column, keyColumn);
    }
}
