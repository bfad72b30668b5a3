package org.onecity.audit.web;

import org.onecity.audit.Audit;
import org.onecity.audit.AuditVerification;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit chain check for administrators and auditors: 200 when intact, 409 with the first broken entry. */
@RestController
class AuditAdminController {

    private final Audit audit;

    AuditAdminController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit/verify")
    ResponseEntity<AuditVerification> verify() {
        AuditVerification v = audit.verify();
        return ResponseEntity.status(v.intact() ? 200 : 409).body(v);
    }
}
