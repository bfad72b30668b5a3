package org.onecity.workspace.web;

import java.util.List;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.KnowledgeArticles;
import org.onecity.catalog.ServiceSearch;
import org.onecity.platform.web.PageLanguage;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequesterReleases;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.Language;
import org.onecity.shared.PlainText;
import org.onecity.sharing.Release;
import org.onecity.workspace.Contacts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's one screen for a call: find the caller (phone, email, name), see their requests and
 * contacts, find the service they need, file on their behalf, or log an information contact.
 */
@Controller
class AgentController {

    /** The caller as the agent typed them; carried through every step of the call. */
    record Caller(String phone, String email, String name, String firstName, String lastName, String language,
                  String service) {

        public String languageCode() {
            return Language.of(language).orElse(Language.ENGLISH).code();
        }
    }

    private final RequestQueries requests;
    private final Contacts contacts;
    private final ServiceSearch search;
    private final Catalog catalog;
    private final KnowledgeArticles articles;
    private final CallerConsents consents;
    private final RequesterReleases releases;

    /** A request of the caller, with the requester details the release decision let the agent see. */
    record Match(ServiceRequest request, java.util.Map<String, String> requester) {
    }

    AgentController(RequestQueries requests, Contacts contacts, ServiceSearch search, Catalog catalog,
                    KnowledgeArticles articles, CallerConsents consents, RequesterReleases releases) {
        this.consents = consents;
        this.releases = releases;
        this.requests = requests;
        this.contacts = contacts;
        this.search = search;
        this.catalog = catalog;
        this.articles = articles;
    }

    @GetMapping("/agent")
    String console(@ModelAttribute("caller") Caller caller, @RequestParam(required = false) String kb,
                   @AuthenticationPrincipal StaffUser agent, Model model) {
        var matches = requests.byRequester(caller.phone(), caller.email(),
                caller.name() != null ? caller.name() : join(caller.firstName(), caller.lastName()), 25);
        model.addAttribute("matches", matches.stream().map(m -> new Match(m.request(), releases.forStaff(agent,
                m.request().number(), m.request().agencyCode(), "caller_lookup", RequesterReleases.ON_PAGES)
                .map(Release::released).orElse(java.util.Map.of()))).toList());
        model.addAttribute("searched", PlainText.trimToNull(caller.phone()) != null
                || PlainText.trimToNull(caller.email()) != null || PlainText.trimToNull(caller.name()) != null);
        model.addAttribute("contacts", contacts.ofCaller(caller.phone(), caller.email(), 25));
        model.addAttribute("consents", consents.of(caller.phone(), caller.email()));
        model.addAttribute("services", caller.service() == null ? List.of()
                : search.find(caller.service(), Language.of(caller.language()).orElse(PageLanguage.current()), 8));
        model.addAttribute("names", new ServiceNames(catalog, org.onecity.platform.web.PageLanguage.current()));
        model.addAttribute("languages", Language.SUPPORTED);
        model.addAttribute("kb", kb);
        model.addAttribute("articles", articles.search(kb, Language.of(caller.language()).orElse(PageLanguage.current()), 5));
        model.addAttribute("callerLanguage", Language.of(caller.language()).orElse(PageLanguage.current()));
        return "agent/console";
    }

    @PostMapping("/agent/contacts")
    String logContact(@ModelAttribute Caller caller, String topic, String notes, String article,
                      @AuthenticationPrincipal StaffUser agent, RedirectAttributes redirect) {
        var used = PlainText.trimToNull(article) == null ? java.util.Optional.<org.onecity.catalog.KnowledgeArticle>empty()
                : articles.find(article.strip());
        if (used.isPresent()) {
            topic = PlainText.trimToNull(topic) == null ? used.get().title().english() : topic;
            notes = "[article: " + used.get().slug() + "]" + (PlainText.trimToNull(notes) == null ? "" : " " + notes.strip());
        }
        try {
            contacts.log(agent.username(), caller.name() != null ? caller.name() : join(caller.firstName(),
                    caller.lastName()), caller.phone(), caller.email(), caller.languageCode(), topic, notes, null);
            redirect.addAttribute("logged", "1");
        } catch (IllegalArgumentException e) {
            redirect.addAttribute("contactError", "1");
        }
        redirect.addAttribute("phone", caller.phone());
        redirect.addAttribute("email", caller.email());
        redirect.addAttribute("name", caller.name());
        redirect.addAttribute("language", caller.languageCode());
        return "redirect:/agent";
    }

    /** The caller's answer on sharing their details under one agreement, recorded by the agent. */
    @PostMapping("/agent/consent")
    String consent(@ModelAttribute Caller caller, @RequestParam String agreement, @RequestParam boolean give,
                   @AuthenticationPrincipal StaffUser agent, RedirectAttributes redirect) {
        redirect.addAttribute(consents.record(caller.phone(), caller.email(), agreement, give, agent.username())
                ? "consentSaved" : "consentError", agreement);
        redirect.addAttribute("phone", caller.phone());
        redirect.addAttribute("email", caller.email());
        redirect.addAttribute("name", caller.name());
        redirect.addAttribute("language", caller.languageCode());
        return "redirect:/agent#caller-consent";
    }

    static String join(String a, String b) {
        String s = ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
        return s.isEmpty() ? null : s;
    }
}
