package org.onecity.portal.web;


import org.onecity.catalog.Catalog;
import org.onecity.platform.web.PageLanguage;
import org.onecity.requests.Feedback;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestTexts;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.LocalText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tracking a request by number (anyone holding the number sees the public view); after closure,
 * the survey and the ask to reopen, for the requester only. The requester proves it with the
 * private key in their link: shown once on the page after filing on the portal, texted after
 * filing by SMS, and sent in the closure email ({@link org.onecity.messaging.NotificationLinks#feedbackUrl}).
 * A request number alone is public (it is printed, read out on the phone, listed in open data), so
 * it is not enough; an HMAC of the number under a key kept in the database needs no account and
 * no stored token, and works on every node.
 */
@Controller
class TrackController {

    private final RequestQueries queries;
    private final Catalog catalog;
    private final Feedback feedback;
    private final RequestTexts texts;

    private final org.onecity.messaging.NotificationLinks links;

    TrackController(RequestQueries queries, Catalog catalog, Feedback feedback, RequestTexts texts,
                    org.onecity.messaging.NotificationLinks links) {
        this.texts = texts;
        this.links = links;
        this.queries = queries;
        this.catalog = catalog;
        this.feedback = feedback;
    }

    @GetMapping("/track")
    String lookup(@RequestParam(required = false) String number, Model model) {
        if (number == null || number.isBlank()) {
            return "portal/track-form";
        }
        String n = number.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (!n.startsWith("311-") && n.matches("\\d+")) {
            n = "311-" + n;
        }
        if (queries.find(n).isEmpty()) {
            model.addAttribute("number", number);
            model.addAttribute("notFound", true);
            return "portal/track-form";
        }
        return "redirect:/track/" + n;
    }

    @GetMapping("/track/{number}")
    String track(@PathVariable String number, @RequestParam(required = false) String key, Model model) {
        var found = queries.find(number);
        if (found.isEmpty()) {
            model.addAttribute("number", number);
            model.addAttribute("notFound", true);
            return "portal/track-form";
        }
        ServiceRequest r = found.get();
        var lang = PageLanguage.current();
        model.addAttribute("r", r);
        model.addAttribute("serviceName", catalog.service(r.serviceCode()).map(s -> LocalText.of(s.name(), lang))
                .orElse(LocalText.plain(r.serviceCode())));
        model.addAttribute("agencyName", catalog.agency(r.agencyCode()).map(a -> LocalText.of(a.name(), lang))
                .orElse(LocalText.plain(r.agencyCode())));
        model.addAttribute("timeline", texts.lines(queries.history(number, true), r.agencyCode(), lang));
        model.addAttribute("survey", feedback.survey(number).orElse(null));
        model.addAttribute("asks", feedback.reopenAsks(number));
        boolean requester = links.verifyFeedback(number, key);
        model.addAttribute("key", requester ? key : null);
        model.addAttribute("privateLink", requester ? links.feedbackUrl(number) : null);
        model.addAttribute("badKey", key != null && !requester);
        return "portal/track";
    }

    @PostMapping("/track/{number}/survey")
    String survey(@PathVariable String number, @RequestParam(required = false) Integer rating,
                  @RequestParam(required = false) String comment, @RequestParam(required = false) String key,
                  Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (!links.verifyFeedback(number, key)) {
            response.setStatus(403);
            return track(number, key, model);
        }
        if (rating == null || !feedback.answerSurvey(number, rating, comment, PageLanguage.current().code())) {
            model.addAttribute("surveyError", "error.survey");
            return track(number, key, model);
        }
        return "redirect:/track/" + number + "?thanks&key=" + key;
    }

    @PostMapping("/track/{number}/reopen")
    String reopen(@PathVariable String number, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String key, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        if (!links.verifyFeedback(number, key)) {
            response.setStatus(403);
            return track(number, key, model);
        }
        if (!feedback.askToReopen(number, reason)) {
            model.addAttribute("reopenError", "error.reopen");
            return track(number, key, model);
        }
        return "redirect:/track/" + number + "?asked&key=" + key;
    }
}
