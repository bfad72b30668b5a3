package org.onecity.geo.web;

import org.springframework.http.HttpStatus;

/** A geo API request refused with a status and a message safe to show to the caller. */
class GeoRequestException extends RuntimeException {

    private final HttpStatus status;

    GeoRequestException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
