package org.onecity.workspace.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceType;
import org.onecity.platform.OneCitySettings;
import org.onecity.requests.Channel;
import org.onecity.requests.FilingForm;
import org.onecity.requests.MediaUpload;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Language;
import org.onecity.shared.PlainText;
import org.onecity.workspace.Contacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Filing for a caller (channel phone) with the portal's form; the call is logged as a contact with the number. */
@Controller
class AgentFilingController {

    private final Catalog catalog;
    private final RequestIntake intake;
    private final Contacts contacts;
    private final OneCitySettings settings;
    private final String tileUrl;

    private final org.onecity.requests.AddressLocations addresses;
    private final org.onecity.messaging.NotificationLinks links;

    AgentFilingController(Catalog catalog, RequestIntake intake, Contacts contacts, OneCitySettings settings,
                          @Value("${onecity.map.tile-url:}") String tileUrl,
                          org.onecity.requests.AddressLocations addresses, org.onecity.messaging.NotificationLinks links) {
        this.addresses = addresses;
        this.links = links;
        this.catalog = catalog;
        this.intake = intake;
        this.contacts = contacts;
        this.settings = settings;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/agent/file/{code}")
    String form(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model) {
        ServiceType service = service(code);
        return render(model, service, FilingForm.answers(service, new LinkedMultiValueMap<>()), Map.of(), params);
    }

    @PostMapping("/agent/file/{code}")
    String file(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
                @RequestParam(name = "photo", required = false) MultipartFile photo,
                @AuthenticationPrincipal StaffUser agent, Model model,
                jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        ServiceType service = service(code);
        var answers = FilingForm.answers(service, params);
        String language = Language.of(params.getFirst("language")).orElse(Language.ENGLISH).code();
        Requester caller = new Requester(PlainText.trimToNull(params.getFirst("firstName")),
                PlainText.trimToNull(params.getFirst("lastName")), PlainText.trimToNull(params.getFirst("email")),
                PlainText.trimToNull(params.getFirst("phone")), null, null);
        List<MediaUpload> media = photo == null || photo.isEmpty() ? List.of()
                : List.of(new MediaUpload(photo.getOriginalFilename(), photo.getContentType(), photo.getBytes()));
        Double lat = number(params.getFirst("lat"));
        Double lon = number(params.getFirst("lon"));
        if ((lat == null || lon == null) && params.getFirst("address") != null) {
            var located = addresses.locate(params.getFirst("address"));
            lat = located.map(p -> p.lat()).orElse(null);
            lon = located.map(p -> p.lon()).orElse(null);
        }
        try {
            var r = intake.submit(new SubmitRequest(service.code(), Channel.PHONE, params.getFirst("description"),
                    lat, lon, params.getFirst("address"), null,
                    null, FilingForm.forIntake(service, answers, settings.timeZone()), caller, media, List.of(),
                    language, null, null, agent.actor())).request();
            contacts.log(agent.username(), AgentController.join(caller.firstName(), caller.lastName()), caller.phone(),
                    caller.email(), language, service.name().english(), null, r.number());
            redirect.addAttribute("phone", caller.phone());
            redirect.addAttribute("email", caller.email());
            redirect.addAttribute("language", language);
            redirect.addAttribute("filed", r.number());
            redirect.addFlashAttribute("privateLink", links.feedbackUrl(r.number()));
            return "redirect:/agent";
        } catch (RequestRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, service, answers, FilingForm.errors(service, e), params);
        }
    }

    private String render(Model model, ServiceType service, Map<String, List<String>> answers,
                          Map<String, String> errors, MultiValueMap<String, String> params) {
        Map<String, String> p = new LinkedHashMap<>(params.toSingleValueMap());
        p.putIfAbsent("notifyStatus", "yes");
        p.putIfAbsent("notifyClosure", "yes");
        model.addAttribute("service", service);
        model.addAttribute("fields", FilingForm.fields(service));
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("anchors", FilingForm.anchors(errors));
        model.addAttribute("p", p);
        model.addAttribute("duplicates", List.of());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("languages", Language.SUPPORTED);
        return "agent/file";
    }

    private ServiceType service(String code) {
        return catalog.service(code).filter(catalog::offered)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
