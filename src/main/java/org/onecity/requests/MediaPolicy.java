package org.onecity.requests;

import java.util.Optional;

/**
 * Which uploads are accepted as photos: recognised by their first bytes (never by the declared
 * type alone), within the size limit.
 */
final class MediaPolicy {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 5;

    private MediaPolicy() {
    }

    /** The real content type of an image, or empty when the bytes are not a supported image. */
    static Optional<String> sniff(byte[] b) {
        if (b == null || b.length < 12) {
            return Optional.empty();
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("image/gif");
        }
        if (b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
