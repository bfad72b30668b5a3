package org.onecity.catalog.web;

import java.util.List;
import java.util.Map;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.CatalogFile;
import org.onecity.catalog.CatalogInUse;
import org.onecity.catalog.CatalogRemoval;
import org.onecity.catalog.InvalidCatalogEntry;
import org.onecity.catalog.ServiceType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The admin JSON API for agencies and service types (role ADMIN). */
@RestController
@RequestMapping("/api/admin")
class CatalogAdminController {

    private final Catalog catalog;
    private final CatalogRemoval removal;

    CatalogAdminController(Catalog catalog, CatalogRemoval removal) {
        this.catalog = catalog;
        this.removal = removal;
    }

    @GetMapping("/agencies")
    List<Map<String, Object>> agencies() {
        return catalog.agencies().stream().map(CatalogJson::agency).toList();
    }

    @GetMapping("/agencies/{code}")
    ResponseEntity<Map<String, Object>> agency(@PathVariable String code) {
        return ResponseEntity.of(catalog.agency(code).map(CatalogJson::agency));
    }

    @PutMapping("/agencies/{code}")
    Map<String, Object> saveAgency(@PathVariable String code, @RequestBody JsonNode body) {
        Agency a = CatalogFile.agency(body);
        if (a.code() != null && !a.code().equals(code)) {
            throw new InvalidCatalogEntry(List.of("the code in the body must match the URL"));
        }
        a = new Agency(code, a.name(), a.email(), a.phone(), a.url(), a.parentCode(), a.active(), a.escalationChain());
        return CatalogJson.agency(catalog.saveAgency(a));
    }

    @GetMapping("/services")
    List<Map<String, Object>> services() {
        return catalog.allServices().stream().map(CatalogJson::service).toList();
    }

    @GetMapping("/services/{code}")
    ResponseEntity<Map<String, Object>> service(@PathVariable String code) {
        return ResponseEntity.of(catalog.service(code).map(CatalogJson::service));
    }

    @PutMapping("/services/{code}")
    Map<String, Object> saveService(@PathVariable String code, @RequestBody JsonNode body) {
        ServiceType s = CatalogFile.service(body);
        if (s.code() != null && !s.code().equals(code)) {
            throw new InvalidCatalogEntry(List.of("the code in the body must match the URL"));
        }
        s = new ServiceType(code, s.agencyCode(), s.name(), s.description(), s.group(), s.keywords(), s.slaHours(),
                s.type(), s.active(), s.attributes());
        return CatalogJson.service(catalog.saveService(s));
    }

    /**
     * Retires a service type: it disappears from Open311 and the portal; its requests stay. With
     * {@code ?permanently=true} it is deleted instead, only when nothing refers to it (409 says what does).
     */
    @DeleteMapping("/services/{code}")
    ResponseEntity<Void> deactivate(@PathVariable String code, @RequestParam(defaultValue = "false") boolean permanently) {
        boolean found = permanently ? removal.deleteService(code) : catalog.setActive(code, false);
        return found ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping("/services/{code}/reactivate")
    ResponseEntity<Void> reactivateService(@PathVariable String code) {
        return catalog.setActive(code, true) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /**
     * Deactivates an agency (it stays readable; no request can be re-routed to it). With
     * {@code ?permanently=true} it is deleted instead, only when nothing refers to it (409 says what does).
     */
    @DeleteMapping("/agencies/{code}")
    ResponseEntity<Void> deactivateAgency(@PathVariable String code,
                                          @RequestParam(defaultValue = "false") boolean permanently) {
        boolean found = permanently ? removal.deleteAgency(code) : removal.setAgencyActive(code, false);
        return found ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @PostMapping("/agencies/{code}/reactivate")
    ResponseEntity<Void> reactivateAgency(@PathVariable String code) {
        return removal.setAgencyActive(code, true) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(CatalogInUse.class)
    ResponseEntity<Map<String, Object>> inUse(CatalogInUse e) {
        return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT).body(Map.of(
                "errors", List.of(e.getMessage()),
                "uses", e.uses().stream().map(u -> Map.of("kind", u.kind(), "count", u.count())).toList()));
    }

    @ExceptionHandler(InvalidCatalogEntry.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidCatalogEntry e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems()));
    }
}
