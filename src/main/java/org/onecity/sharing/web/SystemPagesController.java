package org.onecity.sharing.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.onecity.catalog.Catalog;
import org.onecity.shared.PlainText;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.members.Systems;
import org.onecity.vault.IndexKeyRotation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Agency systems on the admin pages: the list with scopes and live credentials, creating one, and
 * rotating its credential. A new credential (and webhook secret) is shown once, on the answer to the
 * post, and never again: only its hash is kept. The blind-index key's rotation is started and
 * followed here too.
 */
@Controller
class SystemPagesController {

    static final Duration GRACE = Duration.ofHours(24);

    private final Systems systems;
    private final Catalog catalog;
    private final IndexKeyRotation indexKey;

    SystemPagesController(Systems systems, Catalog catalog, IndexKeyRotation indexKey) {
        this.systems = systems;
        this.catalog = catalog;
        this.indexKey = indexKey;
    }

    @GetMapping("/admin/sharing/systems")
    String page(Model model) {
        model.addAttribute("systems", systems.list());
        model.addAttribute("agencies", catalog.agencies());
        model.addAttribute("scopes", new TreeSet<>(AgencySystem.ALL_SCOPES));
        model.addAttribute("problems", model.containsAttribute("problems") ? model.getAttribute("problems") : List.of());
        model.addAttribute("graceHours", GRACE.toHours());
        model.addAttribute("indexKey", indexKey.status());
        return "admin/systems";
    }

    @PostMapping("/admin/sharing/keys/index/rotate")
    String rotateIndexKey(Model model) {
        indexKey.start();
        model.addAttribute("indexKeyStarted", true);
        return page(model);
    }

    @PostMapping("/admin/sharing/systems")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String agency,
                  @RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> scopes,
                  @RequestParam(required = false) String webhookUrl, @RequestParam(required = false) String eventTypes,
                  Model model) {
        List<String> problems = new ArrayList<>();
        String c = code.strip();
        if (!c.matches("^[a-z0-9][a-z0-9.-]{1,63}$")) {
            problems.add("code");
        }
        if (catalog.agency(agency).isEmpty()) {
            problems.add("agency");
        }
        String n = PlainText.trimToNull(name);
        if (n == null || n.length() > 200 || PlainText.containsMarkup(n)) {
            problems.add("name");
        }
        Set<String> chosen = scopes == null ? Set.of() : Set.copyOf(scopes);
        if (chosen.isEmpty() || !AgencySystem.ALL_SCOPES.containsAll(chosen)) {
            problems.add("scopes");
        }
        String url = PlainText.trimToNull(webhookUrl);
        if (url != null && (!url.matches("^https?://[^\\s]+$") || url.length() > 2000)) {
            problems.add("webhook");
        }
        List<String> types = eventTypes == null ? List.of() : Arrays.stream(eventTypes.split("[,\\s]+"))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (problems.isEmpty()) {
            try {
                model.addAttribute("issued", systems.create(new Systems.NewSystem(c, agency, n, chosen, url, types)));
            } catch (DataIntegrityViolationException e) {
                problems.add("taken");
            }
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            model.addAttribute("form", new Form(c, agency, name, chosen, webhookUrl, eventTypes));
        }
        return page(model);
    }

    @PostMapping("/admin/sharing/systems/{code}/rotate")
    String rotate(@PathVariable String code, Model model) {
        try {
            model.addAttribute("issued", systems.rotate(code, GRACE));
            model.addAttribute("rotated", true);
        } catch (IllegalArgumentException e) {
            model.addAttribute("problems", List.of("missing"));
        }
        return page(model);
    }

    /** What the admin typed, shown again beside the problems. */
    record Form(String code, String agency, String name, Set<String> scopes, String webhookUrl, String eventTypes) {
    }
}
