package org.onecity.routing.web;

import java.util.List;
import java.util.Map;
import org.onecity.routing.Router;
import org.onecity.routing.RoutingRule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin JSON API for routing rules, and a dry run: where would this request go, and why? */
@RestController
@RequestMapping("/api/admin/routing")
class RoutingAdminController {

    record NewRule(String serviceCode, String layer, String districtCode, String agencyCode, Integer priority,
                   String description) {
    }

    private final Router router;
    private final org.onecity.catalog.Catalog catalog;

    RoutingAdminController(Router router, org.onecity.catalog.Catalog catalog) {
        this.router = router;
        this.catalog = catalog;
    }

    @GetMapping("/rules")
    List<RoutingRule> rules() {
        return router.rules();
    }

    @PostMapping("/rules")
    ResponseEntity<RoutingRule> add(@RequestBody NewRule r) {
        RoutingRule saved = router.addRule(new RoutingRule(null, r.serviceCode(), r.layer(), r.districtCode(),
                r.agencyCode(), r.priority() == null ? 100 : r.priority(), true, r.description()));
        return ResponseEntity.status(201).body(saved);
    }

    @DeleteMapping("/rules/{id}")
    ResponseEntity<Void> deactivate(@PathVariable long id) {
        return router.deactivate(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/explain")
    ResponseEntity<?> explain(@RequestParam("service_code") String serviceCode, @RequestParam double lat,
                              @RequestParam("long") double lon) {
        return catalog.service(serviceCode)
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok(router.route(s, lat, lon)))
                .orElse(ResponseEntity.status(404).body(Map.of("errors", List.of("unknown service_code"))));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(e.getMessage())));
    }
}
