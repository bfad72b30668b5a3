package org.onecity.requests;

/** A photo sent with a request. */
public record MediaUpload(String filename, String declaredContentType, byte[] content) {
}
