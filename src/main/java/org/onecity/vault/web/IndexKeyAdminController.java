package org.onecity.vault.web;

import java.util.Map;
import org.onecity.vault.IndexKeyRotation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rotation of the blind-index key: start one (the nodes' background job, or the
 * {@code rotate-index-key} command, carries it through) and follow its progress.
 */
@RestController
class IndexKeyAdminController {

    private final IndexKeyRotation rotation;

    IndexKeyAdminController(IndexKeyRotation rotation) {
        this.rotation = rotation;
    }

    record RotateBody(Boolean confirm) {
    }

    @GetMapping("/api/admin/keys/index")
    IndexKeyRotation.Status status() {
        return rotation.status();
    }

    /** Starts a rotation (or returns the running one); asks for {@code {"confirm": true}}: every index is rewritten. */
    @PostMapping("/api/admin/keys/index/rotate")
    ResponseEntity<?> rotate(@RequestBody(required = false) RotateBody body) {
        if (body == null || !Boolean.TRUE.equals(body.confirm())) {
            return ResponseEntity.badRequest().body(Map.of("error",
                    "send {\"confirm\": true}: a rotation rewrites every blind index of the personal data"));
        }
        return ResponseEntity.accepted().body(rotation.start());
    }
}
