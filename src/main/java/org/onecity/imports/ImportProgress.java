package org.onecity.imports;

/** Called after every committed chunk (and once at the end). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = s -> { };

    void update(ImportSummary summary);
}
