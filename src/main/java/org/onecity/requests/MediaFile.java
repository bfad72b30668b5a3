package org.onecity.requests;

/** A stored photo, as served. */
public record MediaFile(String id, String contentType, String filename, byte[] content, String sha256) {
}
