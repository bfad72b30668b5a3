package org.onecity.sharing.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.sharing.Governance;
import org.onecity.sharing.members.Systems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration of agency systems, agreements and break-the-glass reviews. */
@RestController
@RequestMapping("/api/admin/sharing")
class SharingAdminController {

    record SystemBody(String code, String agency, String name, Set<String> scopes, String webhookUrl,
                      List<String> eventTypes) {
    }

    record AgreementBody(String code, String providerAgency, String consumerAgency, String consumerSystem,
                         String dataset, Set<String> fields, String purpose, String legalBasis, Instant validFrom,
                         Instant validTo, Boolean consentRequired) {
    }

    private final Systems systems;
    private final Governance governance;
    private final Catalog catalog;

    SharingAdminController(Systems systems, Governance governance, Catalog catalog) {
        this.systems = systems;
        this.governance = governance;
        this.catalog = catalog;
    }

    @PostMapping("/systems")
    ResponseEntity<Systems.Issued> createSystem(@RequestBody SystemBody b) {
        if (b.agency() == null || catalog.agency(b.agency()).isEmpty()) {
            throw new IllegalArgumentException("agency must be an agency of the catalog");
        }
        return ResponseEntity.status(201).body(systems.create(new Systems.NewSystem(b.code(), b.agency(), b.name(),
                b.scopes() == null ? Set.of() : b.scopes(), b.webhookUrl(), b.eventTypes())));
    }

    @PostMapping("/systems/{code}/credentials")
    Systems.Issued rotate(@PathVariable String code) {
        return systems.rotate(code, Duration.ofHours(24));
    }

    @PostMapping("/agreements")
    ResponseEntity<Map<String, String>> agreement(@RequestBody AgreementBody b, @AuthenticationPrincipal StaffUser admin) {
        governance.addAgreement(new Governance.Agreement(b.code(), b.providerAgency(), b.consumerAgency(),
                b.consumerSystem(), b.dataset(), b.fields() == null ? Set.of() : b.fields(), b.purpose(),
                b.legalBasis(), b.validFrom() == null ? Instant.EPOCH : b.validFrom(), b.validTo(),
                Boolean.TRUE.equals(b.consentRequired())), admin.username());
        return ResponseEntity.status(201).body(Map.of("code", b.code()));
    }

    @GetMapping("/agreements")
    List<Map<String, Object>> agreements() {
        return governance.agreements();
    }

    @GetMapping("/break-glass")
    List<Map<String, Object>> toReview() {
        return governance.unreviewedBreakGlass();
    }

    @PostMapping("/break-glass/{id}/review")
    ResponseEntity<Void> review(@PathVariable long id, @AuthenticationPrincipal StaffUser admin) {
        return governance.review(id, admin.username()) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @ExceptionHandler({IllegalArgumentException.class, org.springframework.dao.DataIntegrityViolationException.class})
    ResponseEntity<Map<String, Object>> invalid(Exception e) {
        String message = e instanceof IllegalArgumentException ? e.getMessage() : "violates a rule of the data";
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(message)));
    }
}
