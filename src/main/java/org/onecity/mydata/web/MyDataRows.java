package org.onecity.mydata.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.accounts.StaffUser;
import org.onecity.audit.AuditEntry;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.platform.web.PageLanguage;
import org.onecity.sharing.Consents;
import org.onecity.sharing.Governance;
import org.springframework.stereotype.Component;

/**
 * What a resident is shown of an audit entry or an agreement. Staff are shown by role and agency,
 * never by name: the agency answers for its staff, and the entry number lets the resident ask it.
 */
@Component
class MyDataRows {

    /** One access: {@code who} is a message key with {@code whoArgs}; fields are the names released. */
    record Access(long entry, Instant at, String who, List<String> whoArgs, String action, String purpose,
                  List<String> fields, String decision) {
    }

    /** One agreement asking for consent, and the person's current answer. */
    record Choice(String agreement, String consumer, String purpose, List<String> fields, boolean allowed,
                  boolean answered) {
    }

    private final StaffAccounts staff;
    private final Catalog catalog;

    MyDataRows(StaffAccounts staff, Catalog catalog) {
        this.staff = staff;
        this.catalog = catalog;
    }

    Access access(AuditEntry e) {
        var r = e.record();
        String agency = agencyName(r.agency());
        String who;
        List<String> args;
        switch (r.actorKind()) {
            case "system" -> {
                who = "mydata.who.system";
                args = List.of(r.system() == null ? r.actor() : r.system(), agency);
            }
            case "resident" -> {
                who = "mydata.who.resident";
                args = List.of();
            }
            case "job" -> {
                who = "mydata.who.job";
                args = List.of();
            }
            default -> {
                who = agency.isEmpty() ? "mydata.who.staffCity" : "mydata.who.staff";
                args = List.of(role(staff.find(r.actor())), agency);
            }
        }
        String action = switch (r.action()) {
            case "read", "consent_given", "consent_withdrawn", "update", "break_glass" -> r.action();
            default -> "other";
        };
        return new Access(e.seq(), e.at(), who, args, action, r.purpose(), r.fields(), r.decision());
    }

    Choice choice(Governance.Agreement a, Consents.State state) {
        String consumer = a.consumerAgency() != null ? agencyName(a.consumerAgency()) : a.consumerSystem();
        return new Choice(a.code(), consumer, a.purpose(), List.copyOf(a.fields()), state == Consents.State.GIVEN,
                state != Consents.State.NONE);
    }

    /** The message key of the staff member's role; the widest role wins. */
    private static String role(Optional<StaffUser> user) {
        if (user.isEmpty()) {
            return "mydata.role.unknown";
        }
        StaffUser u = user.get();
        for (Role r : List.of(Role.ADMIN, Role.AUDITOR, Role.SUPERVISOR, Role.AGENT, Role.STAFF)) {
            if (u.has(r)) {
                return "mydata.role." + r.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "mydata.role.unknown";
    }

    private String agencyName(String code) {
        if (code == null) {
            return "";
        }
        return catalog.agency(code).map(Agency::name).map(n -> n.in(PageLanguage.current())).orElse(code);
    }
}
