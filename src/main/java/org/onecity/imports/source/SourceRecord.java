package org.onecity.imports.source;

/**
 * One record of a source file: its values by normalized column name, and the physical line it
 * starts on (1 is the header line of a CSV file, or the first line of a JSON file).
 */
public interface SourceRecord {

    long line();

    /** The value of the column (matched by {@link Columns#normalize}); null when the file has no such column. */
    String get(String normalizedColumn);

    /** True when the file has the column at all. */
    boolean has(String normalizedColumn);
}
