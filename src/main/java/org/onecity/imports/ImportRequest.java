package org.onecity.imports;

import java.nio.file.Path;

/**
 * Import one file.
 *
 * @param mapping   a shipped mapping's name or a YAML file
 * @param file      the file to read
 * @param fileName  the name to show (an upload's original name); null for the file's own name
 * @param source    another source name than the mapping's (a fresh namespace of keys and numbers); null keeps it
 */
public record ImportRequest(String mapping, Path file, String fileName, String source) {

    public ImportRequest(String mapping, Path file) {
        this(mapping, file, null, null);
    }
}
