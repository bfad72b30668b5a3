package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void closedRequestsOnlyReopen() {
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(RequestStatus.CLOSED.canMoveTo(s)).isEqualTo(s == RequestStatus.REOPENED);
        }
    }

    @Test
    void nothingGoesBackToSubmitted() {
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(s.canMoveTo(RequestStatus.SUBMITTED)).isFalse();
        }
        assertThat(RequestStatus.SUBMITTED.canMoveTo(RequestStatus.CLOSED)).isTrue();
        assertThat(RequestStatus.IN_PROGRESS.canMoveTo(RequestStatus.ACKNOWLEDGED)).isFalse();
    }

    @Test
    void onlyPhotosRecognisedByTheirBytesAreMedia() {
        assertThat(MediaPolicy.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
                .contains("image/jpeg");
        assertThat(MediaPolicy.sniff("<html><body>hi</body></html>".getBytes())).isEmpty();
    }
}
