package org.onecity.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.onecity.audit.Audit;
import org.onecity.audit.AuditQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page for administrators and auditors (read-only): search the newest entries, and
 * verify the whole chain, which names the first broken entry. With htmx the check fills its panel
 * in place; without JavaScript the button reloads the page with the result.
 */
@Controller
class AuditPagesController {

    static final int SHOWN = 200;
    static final java.util.List<String> DECISIONS = java.util.List.of("granted", "partial", "denied", "break_glass");

    private final Audit audit;

    AuditPagesController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String agency,
                @RequestParam(required = false) String purpose, @RequestParam(required = false) String caseRef,
                @RequestParam(required = false) String field, @RequestParam(required = false) String decision,
                @RequestParam(required = false) String verify, Model model) {
        AuditQuery q = new AuditQuery(actor, agency, purpose, caseRef, field,
                decision != null && DECISIONS.contains(decision) ? decision : null);
        model.addAttribute("q", q);
        model.addAttribute("decisions", DECISIONS);
        model.addAttribute("entries", audit.search(q, SHOWN));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("check", verify == null ? null : audit.verify());
        return "admin/audit";
    }

    /** The check alone, for htmx. */
    @GetMapping("/admin/audit/verify")
    String verify(Model model, HttpServletRequest request) {
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/admin/audit?verify";
        }
        model.addAttribute("check", audit.verify());
        return "admin/audit :: check";
    }
}
