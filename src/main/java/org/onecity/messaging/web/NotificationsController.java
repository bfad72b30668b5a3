package org.onecity.messaging.web;

import org.onecity.messaging.NotificationLinks;
import org.onecity.messaging.Subscriptions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The signed link in every email: choose which emails a request sends, or unsubscribe. */
@Controller
class NotificationsController {

    private final NotificationLinks links;
    private final Subscriptions subscriptions;

    NotificationsController(NotificationLinks links, Subscriptions subscriptions) {
        this.links = links;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/notifications/{number}")
    String page(@PathVariable String number, @RequestParam(required = false) String sig, Model model) {
        check(number, sig);
        model.addAttribute("number", number);
        model.addAttribute("sig", sig);
        model.addAttribute("sub", subscriptions.of(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "messaging/notifications";
    }

    @PostMapping("/notifications/{number}")
    String choose(@PathVariable String number, @RequestParam(required = false) String sig,
                  @RequestParam(defaultValue = "false") boolean statusUpdates,
                  @RequestParam(defaultValue = "false") boolean closure) {
        check(number, sig);
        subscriptions.choose(number, statusUpdates, closure);
        return "redirect:/notifications/" + number + "?saved&sig=" + sig;
    }

    @PostMapping("/notifications/{number}/unsubscribe")
    String unsubscribe(@PathVariable String number, @RequestParam(required = false) String sig) {
        check(number, sig);
        subscriptions.unsubscribe(number);
        return "redirect:/notifications/" + number + "?unsubscribed&sig=" + sig;
    }

    private void check(String number, String sig) {
        if (!links.verify(number, sig)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
