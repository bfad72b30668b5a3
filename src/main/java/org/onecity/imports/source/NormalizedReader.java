package org.onecity.imports.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Streams text with every line ending (CRLF, lone CR as written by old spreadsheets, LF) turned
 * into LF, and a leading byte order mark dropped. Works on blocks, never on the whole file.
 */
public final class NormalizedReader extends Reader {

    private final Reader in;
    private boolean start = true;
    private boolean afterCr;
    private long consumed;

    public NormalizedReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buf, off, len);
            if (n <= 0) {
                return n;
            }
            consumed += n;
            int w = off;
            for (int i = off; i < off + n; i++) {
                char c = buf[i];
                if (start) {
                    start = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                if (c == '\r') {
                    buf[w++] = '\n';
                    afterCr = true;
                    continue;
                }
                if (c == '\n' && afterCr) {
                    afterCr = false;
                    continue;
                }
                afterCr = false;
                buf[w++] = c;
            }
            if (w > off) {
                return w - off;
            }
        }
    }

    /** Characters read from the underlying reader so far. */
    public long consumed() {
        return consumed;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
