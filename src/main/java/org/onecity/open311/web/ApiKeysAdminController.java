package org.onecity.open311.web;

import java.util.List;
import java.util.Map;
import org.onecity.catalog.Catalog;
import org.onecity.open311.ApiClient;
import org.onecity.open311.ApiKeys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins issue and revoke Open311 API keys; a new key is shown once, only its hash is kept. */
@RestController
@RequestMapping("/api/admin/api-keys")
class ApiKeysAdminController {

    record NewKey(String name, String agency) {
    }

    private final ApiKeys keys;
    private final Catalog catalog;

    ApiKeysAdminController(ApiKeys keys, Catalog catalog) {
        this.keys = keys;
        this.catalog = catalog;
    }

    @GetMapping
    List<ApiClient> active() {
        return keys.active();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> issue(@RequestBody NewKey body) {
        if (body.name() == null || !body.name().matches("[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}")) {
            return ResponseEntity.badRequest().body(Map.of("errors",
                    List.of("name: 1-80 letters, digits, spaces, '.', '_' or '-'")));
        }
        if (body.agency() != null && catalog.agency(body.agency()).isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("errors", List.of("agency: no agency " + body.agency())));
        }
        if (keys.active().stream().anyMatch(k -> k.name().equals(body.name()))) {
            return ResponseEntity.status(409).body(Map.of("errors", List.of("a key with this name exists")));
        }
        var issued = keys.issue(body.name(), body.agency());
        return ResponseEntity.status(201).body(Map.of("name", issued.client().name(), "key", issued.key(),
                "agency", issued.client().agencyCode() == null ? "" : issued.client().agencyCode()));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Void> revoke(@PathVariable String name) {
        return keys.revoke(name) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
