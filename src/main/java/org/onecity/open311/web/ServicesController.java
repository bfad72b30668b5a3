package org.onecity.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Discovery, the service list and service definitions. */
@RestController
class ServicesController {

    private final Open311Context context;
    private final Catalog catalog;

    ServicesController(Open311Context context, Catalog catalog) {
        this.context = context;
        this.catalog = catalog;
    }

    @GetMapping({"/open311/v2/discovery.json", "/open311/v2/discovery.xml", "/open311/v2/discovery.{format}"})
    ResponseEntity<String> discovery(HttpServletRequest request) {
        Format f = Format.of(request);
        var s = context.settings();
        return Rendering.ok(f, "discovery", context.documents(request)
                .discovery(s.changeset(), s.contact(), s.keyService()));
    }

    @GetMapping({"/open311/v2/services.json", "/open311/v2/services.xml", "/open311/v2/services.{format}"})
    ResponseEntity<String> services(HttpServletRequest request) {
        Format f = Format.of(request);
        context.checkJurisdiction(request);
        Documents docs = context.documents(request);
        return Rendering.ok(f, "services", catalog.services().stream().map(docs::service).toList());
    }

    /** Anything else under the endpoint: an Open311 404 rather than a generic error page. */
    @org.springframework.web.bind.annotation.RequestMapping("/open311/v2/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        throw Open311Error.notFound("resource", "this Open311 endpoint has no " + request.getMethod() + " "
                + Open311Context.abbreviate(request.getRequestURI()));
    }

    @GetMapping("/open311/v2/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
                                      HttpServletRequest request) {
        Format f = Format.of(format);
        context.checkJurisdiction(request);
        ServiceType service = catalog.service(code).filter(catalog::offered).orElseThrow(() ->
                Open311Error.notFound("service_code", "service_code " + Open311Context.abbreviate(code)
                        + " is not a service of this city"));
        return Rendering.ok(f, "service_definition", context.documents(request).definition(service));
    }
}
