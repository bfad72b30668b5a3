package org.onecity.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.Open311Type;
import org.onecity.open311.ApiClient;
import org.onecity.open311.ApiKeys;
import org.onecity.requests.Channel;
import org.onecity.requests.MediaUpload;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.requests.SubmittedRequest;
import org.onecity.shared.Actor;
import org.onecity.shared.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** POST requests: form-encoded or multipart with {@code media} photos, api_key required. */
@RestController
class RequestFiling {

    private final Open311Context context;
    private final ApiKeys keys;
    private final RequestIntake intake;
    private final Catalog catalog;

    RequestFiling(Open311Context context, ApiKeys keys, RequestIntake intake, Catalog catalog) {
        this.context = context;
        this.keys = keys;
        this.intake = intake;
        this.catalog = catalog;
    }

    @PostMapping({"/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/requests.{format}"})
    ResponseEntity<String> file(HttpServletRequest request) throws IOException {
        Format f = Format.of(request);
        Map<String, String[]> p = request.getParameterMap();
        ApiClient client = keys.verify(Params.value(p, "api_key"))
                .orElseThrow(() -> Open311Error.forbidden("a valid api_key is required to post requests"));
        context.checkJurisdiction(request);
        String serviceCode = Params.value(p, "service_code");
        if (serviceCode == null) {
            throw Open311Error.badRequest("service_code is required");
        }
        String idempotencyKey = request.getHeader("Idempotency-Key");
        if (idempotencyKey == null) {
            idempotencyKey = Params.value(p, "client_token");
        }
        if (idempotencyKey != null && idempotencyKey.length() > 200) {
            throw Open311Error.badRequest("Idempotency-Key may be at most 200 characters");
        }
        Language lang = Language.resolve(Params.value(p, "locale"), request.getHeader("Accept-Language"));
        List<String> mediaUrls = Params.value(p, "media_url") == null ? List.of() : List.of(Params.value(p, "media_url"));
        SubmitRequest command = new SubmitRequest(serviceCode, Channel.API, Params.value(p, "description"),
                Params.coordinate("lat", Params.value(p, "lat")), Params.coordinate("long", Params.value(p, "long")),
                Params.value(p, "address_string"), Params.value(p, "address_id"), Params.value(p, "zipcode"),
                Params.attributes(p),
                new Requester(Params.value(p, "first_name"), Params.value(p, "last_name"), Params.value(p, "email"),
                        Params.value(p, "phone"), Params.value(p, "device_id"), Params.value(p, "account_id")),
                media(request), mediaUrls, lang.code(), "api:" + client.name(), idempotencyKey,
                client.actor());
        SubmittedRequest result = intake.submit(command);
        Open311Type type = catalog.service(serviceCode).map(s -> s.type()).orElse(Open311Type.REALTIME);
        Doc doc = switch (type) {
            case REALTIME -> new Doc().with("service_request_id", result.request().number());
            case BATCH -> new Doc().with("token", result.request().token());
            case BLACKBOX -> new Doc();
        };
        doc.with("service_notice", result.request().serviceNotice())
                .with("account_id", Params.value(p, "account_id"));
        return Rendering.render(f, result.created() ? 201 : 200, "service_requests", List.of(doc));
    }

    private static List<MediaUpload> media(HttpServletRequest request) throws IOException {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return List.of();
        }
        List<MediaUpload> out = new ArrayList<>();
        for (MultipartFile file : multipart.getFiles("media")) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()) {
                out.add(new MediaUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
            }
        }
        return out;
    }
}
