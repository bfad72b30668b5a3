package org.onecity.sharing.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.sharing.outbox.OutboxMonitor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox page: per destination, the deliveries pending, failing or dead-lettered, each with "redeliver". */
@Controller
class OutboxPagesController {

    static final int SHOWN = 500;

    private final OutboxMonitor monitor;
    private final Clock clock;

    OutboxPagesController(OutboxMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.clock = clock;
    }

    @GetMapping("/admin/outbox")
    String page(Model model) {
        Map<String, List<OutboxMonitor.Waiting>> byDestination = new LinkedHashMap<>();
        for (OutboxMonitor.Waiting w : monitor.waiting(SHOWN)) {
            byDestination.computeIfAbsent(w.destination(), k -> new java.util.ArrayList<>()).add(w);
        }
        model.addAttribute("destinations", byDestination);
        model.addAttribute("shown", SHOWN);
        return "admin/outbox";
    }

    @PostMapping("/admin/outbox/deliveries/{id}/redeliver")
    String redeliver(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addAttribute(monitor.redeliver(id, clock.instant()) ? "redelivered" : "missing", id);
        return "redirect:/admin/outbox";
    }
}
