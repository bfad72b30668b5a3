package org.onecity.open311.web;

import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Turns an Open311 document into a JSON or XML response. */
final class Rendering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Rendering() {
    }

    /** @param root the XML root element; JSON writes the body alone (lists as bare arrays) */
    static ResponseEntity<String> render(Format format, int status, String root, Object body) {
        String text = format == Format.XML ? XmlWriter.write(root, body) : JSON.writeValueAsString(body);
        return ResponseEntity.status(status).contentType(format.mediaType).body(text);
    }

    static ResponseEntity<String> ok(Format format, String root, Object body) {
        return render(format, 200, root, body);
    }
}
