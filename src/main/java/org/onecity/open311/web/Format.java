package org.onecity.open311.web;

import org.springframework.http.MediaType;

/** The two Open311 formats, chosen by the resource's suffix. */
enum Format {
    JSON(MediaType.parseMediaType("application/json; charset=utf-8")),
    XML(MediaType.parseMediaType("text/xml; charset=utf-8"));

    final MediaType mediaType;

    Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static Format of(String suffix) {
        if ("json".equals(suffix)) {
            return JSON;
        }
        if ("xml".equals(suffix)) {
            return XML;
        }
        throw Open311Error.notFound("format", "unknown format '." + suffix + "': use .json or .xml");
    }

    /** The format named by the suffix of the request's path (for mappings listed path by path). */
    static Format of(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI();
        return of(path.substring(path.lastIndexOf('.') + 1));
    }

    /** The format an error should be written in, from the request path. */
    static Format ofPath(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }
}
