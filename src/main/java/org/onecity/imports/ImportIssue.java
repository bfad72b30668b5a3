package org.onecity.imports;

/** A rejected or repaired record: its line in the file (where the record starts), key and reasons ("; "-separated). */
public record ImportIssue(long line, String sourceKey, String outcome, String reasons) {
}
