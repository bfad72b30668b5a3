package org.onecity.imports.mapping;

import java.util.List;
import org.onecity.requests.StagedRow;

/**
 * What became of one source record: staged (possibly with repairs) or rejected, always with the
 * reasons. {@code row} is null when rejected.
 */
public record MappedRecord(long line, String sourceKey, StagedRow row, List<String> reasons) {

    public boolean rejected() {
        return row == null;
    }

    public boolean repaired() {
        return row != null && !reasons.isEmpty();
    }
}
