package org.onecity.portal.web;


import org.onecity.catalog.Catalog;
import org.onecity.portal.Feedback;
import org.onecity.portal.HistoryTexts;
import org.onecity.portal.LocalText;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.ServiceRequest;
import org.onecity.web.PageLanguage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tracking a request by number; after closure, the survey and the ask to reopen. */
@Controller
class TrackController {

    private final RequestQueries queries;
    private final Catalog catalog;
    private final Feedback feedback;
    private final HistoryTexts texts;

    TrackController(RequestQueries queries, Catalog catalog, Feedback feedback, HistoryTexts texts) {
        this.texts = texts;
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
    String track(@PathVariable String number, Model model) {
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
        return "portal/track";
    }

    @PostMapping("/track/{number}/survey")
    String survey(@PathVariable String number, @RequestParam(required = false) Integer rating,
                  @RequestParam(required = false) String comment, Model model) {
        if (rating == null || !feedback.answerSurvey(number, rating, comment, PageLanguage.current().code())) {
            model.addAttribute("surveyError", "error.survey");
            return track(number, model);
        }
        return "redirect:/track/" + number + "?thanks";
    }

    @PostMapping("/track/{number}/reopen")
    String reopen(@PathVariable String number, @RequestParam(required = false) String reason, Model model) {
        if (!feedback.askToReopen(number, reason)) {
            model.addAttribute("reopenError", "error.reopen");
            return track(number, model);
        }
        return "redirect:/track/" + number + "?asked";
    }

}
