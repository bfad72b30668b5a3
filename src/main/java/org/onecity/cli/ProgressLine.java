package org.onecity.cli;

import java.io.PrintStream;
import org.onecity.imports.ImportSummary;

/** A progress line on stderr: rows, rows/s, percent and ETA; redrawn in place on a terminal, else every few seconds. */
final class ProgressLine {

    private final PrintStream err;
    private final String label;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private long lastPrinted;

    ProgressLine(PrintStream err, String label) {
        this.err = err;
        this.label = label;
    }

    void show(ImportSummary s) {
        long now = System.nanoTime();
        if (!terminal && now - lastPrinted < 2_000_000_000L && !"done".equals(s.status())) {
            return;
        }
        lastPrinted = now;
        double seconds = Math.max(0.001, (now - started) / 1e9);
        double rate = s.rowsRead() / seconds;
        String eta = "";
        if (s.totalBytes() != null && s.totalBytes() > 0 && s.bytesRead() > 0) {
            double fraction = Math.min(1.0, (double) s.bytesRead() / s.totalBytes());
            long left = (long) (seconds / fraction * (1 - fraction));
            eta = String.format("  %3.0f%%  ETA %d:%02d", fraction * 100, left / 60, left % 60);
        }
        String text = String.format("%s: %,d rows  %,.0f rows/s%s", label, s.rowsRead(), rate, eta);
        err.print(terminal ? "\r" + text + "   " : text + System.lineSeparator());
        err.flush();
    }

    void end() {
        if (terminal) {
            err.println();
        }
    }
}
