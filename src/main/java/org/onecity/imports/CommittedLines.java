package org.onecity.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The record lines a run's committed chunks hold. Chunks are {first, last} record lines, inclusive;
 * a resumed attempt's chunk may span lines committed before, so overlapping ranges are merged.
 */
final class CommittedLines {

    private final long[] firsts;
    private final long[] lasts;

    CommittedLines(List<long[]> chunks) {
        List<long[]> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingLong(c -> c[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] c : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], c[1]);
            } else {
                merged.add(new long[] {c[0], c[1]});
            }
        }
        firsts = merged.stream().mapToLong(c -> c[0]).toArray();
        lasts = merged.stream().mapToLong(c -> c[1]).toArray();
    }

    /** True when a committed chunk holds the record that starts on this line. */
    boolean contains(long line) {
        int lo = 0;
        int hi = firsts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (line < firsts[mid]) {
                hi = mid - 1;
            } else if (line > lasts[mid]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
