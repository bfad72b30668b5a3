package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommittedLinesTest {

    @Test
    void linesInsideAnyCommittedChunkAreSkippedOthersAreNot() {
        var lines = new CommittedLines(List.of(new long[] {50, 60}, new long[] {2, 10}, new long[] {30, 40},
                new long[] {8, 20}));
        assertThat(List.of(1L, 2L, 10L, 15L, 20L, 21L, 29L, 30L, 40L, 41L, 55L, 61L).stream().map(lines::contains))
                .containsExactly(false, true, true, true, true, false, false, true, true, false, true, false);
        assertThat(new CommittedLines(List.of()).contains(1)).isFalse();
    }
}
