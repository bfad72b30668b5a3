package org.onecity.catalog.web;

import java.util.List;
import java.util.Map;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.CatalogFile;
import org.onecity.catalog.InvalidCatalogEntry;
import org.onecity.catalog.ServiceType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The admin JSON API for agencies and service types (role ADMIN). */
@RestController
@RequestMapping("/api/admin")
class CatalogAdminController {

    private final Catalog catalog;

    CatalogAdminController(Catalog catalog) {
        this.catalog = catalog;
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

    /** Retires a service type: it disappears from Open311 and the portal; its requests stay. */
    @DeleteMapping("/services/{code}")
    ResponseEntity<Void> deactivate(@PathVariable String code) {
        return catalog.setActive(code, false) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(InvalidCatalogEntry.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidCatalogEntry e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.problems()));
    }
}
