package org.onecity.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceType;
import org.onecity.platform.OneCitySettings;
import org.onecity.requests.Channel;
import org.onecity.requests.FilingForm;
import org.onecity.requests.MediaUpload;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.PlainText;
import org.onecity.platform.web.PageLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Filing a request on the portal: the service's form, location by map or address, a photo, optional
 * contact; open requests nearby are offered before anything is filed.
 */
@Controller
class FilingController {

    private final Catalog catalog;
    private final RequestIntake intake;
    private final RequestQueries queries;
    private final FilingLimiter limiter;
    private final org.onecity.requests.AddressLocations addresses;
    private final org.onecity.messaging.NotificationLinks links;
    private final OneCitySettings settings;
    private final String tileUrl;
    private final org.onecity.messaging.Subscriptions subscriptions;

    FilingController(Catalog catalog, RequestIntake intake, RequestQueries queries, FilingLimiter limiter,
                     OneCitySettings settings, @Value("${onecity.map.tile-url:}") String tileUrl,
                     org.onecity.messaging.Subscriptions subscriptions,
                     org.onecity.requests.AddressLocations addresses, org.onecity.messaging.NotificationLinks links) {
        this.subscriptions = subscriptions;
        this.links = links;
        this.addresses = addresses;
        this.catalog = catalog;
        this.intake = intake;
        this.queries = queries;
        this.limiter = limiter;
        this.settings = settings;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/services/{code}")
    String form(@PathVariable String code, Model model) {
        ServiceType service = service(code);
        return render(model, service, FilingForm.answers(service, new org.springframework.util.LinkedMultiValueMap<>()),
                Map.of(), new org.springframework.util.LinkedMultiValueMap<>(), List.of());
    }

    /** The htmx partial under the map: open requests of this type near the clicked point. */
    @GetMapping("/services/{code}/nearby")
    String nearby(@PathVariable String code, @RequestParam double lat, @RequestParam double lon, Model model) {
        model.addAttribute("duplicates", queries.openNear(service(code).code(), lat, lon));
        return "portal/form :: duplicates";
    }

    @PostMapping("/services/{code}")
    String file(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
                @RequestParam(name = "photo", required = false) MultipartFile photo, HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response, Model model) throws IOException {
        ServiceType service = service(code);
        Map<String, List<String>> answers = FilingForm.answers(service, params);
        Double lat = number(params.getFirst("lat"));
        Double lon = number(params.getFirst("lon"));
        if (lat != null && lon != null && params.getFirst("confirmNew") == null) {
            var nearby = queries.openNear(service.code(), lat, lon);
            if (!nearby.isEmpty()) {
                return render(model, service, answers, Map.of(), params, nearby);
            }
        }
        if ((lat == null || lon == null) && params.getFirst("address") != null) {
            var located = addresses.locate(params.getFirst("address"));
            if (located.isPresent()) {
                lat = located.get().lat();
                lon = located.get().lon();
            }
        }
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return render(model, service, answers, Map.of("form", "error.rateLimit"), params, List.of());
        }
        List<MediaUpload> media = photo == null || photo.isEmpty() ? List.of()
                : List.of(new MediaUpload(photo.getOriginalFilename(), photo.getContentType(), photo.getBytes()));
        Requester requester = new Requester(PlainText.trimToNull(params.getFirst("firstName")),
                PlainText.trimToNull(params.getFirst("lastName")), PlainText.trimToNull(params.getFirst("email")),
                PlainText.trimToNull(params.getFirst("phone")), null, null);
        try {
            var submitted = intake.submit(new SubmitRequest(service.code(), Channel.WEB, params.getFirst("description"),
                    lat, lon, params.getFirst("address"), null, null,
                    FilingForm.forIntake(service, answers, settings.timeZone()), requester, media, List.of(),
                    PageLanguage.current().code(), null, null, null));
            if (requester.email() != null) {
                subscriptions.choose(submitted.request().number(), params.getFirst("notifyStatus") != null,
                        params.getFirst("notifyClosure") != null);
            }
            String number = submitted.request().number();
            return "redirect:/track/" + number + "?filed&key=" + links.feedbackKey(number);
        } catch (RequestRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, service, answers, FilingForm.errors(service, e), params, List.of());
        }
    }

    private String render(Model model, ServiceType service, Map<String, List<String>> answers,
                          Map<String, String> errors, MultiValueMap<String, String> params,
                          List<org.onecity.requests.ServiceRequest> duplicates) {
        model.addAttribute("service", service);
        model.addAttribute("fields", FilingForm.fields(service));
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("anchors", FilingForm.anchors(errors));
        model.addAttribute("p", params.toSingleValueMap());
        model.addAttribute("duplicates", duplicates);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("action", "/services/" + service.code());
        return "portal/service";
    }

    private ServiceType service(String code) {
        return catalog.service(code).filter(catalog::offered)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
