package org.onecity.programs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.people.People;
import org.onecity.people.PersonRef;
import org.onecity.platform.OneCitySettings;
import org.onecity.shared.Actor;
import org.onecity.sharing.Outbox;
import org.onecity.vault.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing and deciding applications. Each change writes its history line and audit entry in the
 * same transaction; a decision also raises {@link ApplicationDecided} and the outbox event
 * {@code org.onecity.application.decided} to the program's agency and the person's holder agency.
 */
@Service
public class Applications {

    static final String DECIDED_EVENT = "org.onecity.application.decided";
    static final String PURPOSE = "program-administration";

    /** @param consent whether the person consents to share their enrolment for this program; null when not asked */
    public record Apply(String programCode, UUID personKey, Actor by, Boolean consent) {
    }

    /** @param created false when the person already had this open application, which is returned */
    public record Filed(Application application, boolean created, Program program) {
    }

    private final ApplicationRepository repository;
    private final Programs programs;
    private final People people;
    private final ProgramConsents consents;
    private final PersonalData personal;
    private final Audit audit;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OneCitySettings settings;

    Applications(ApplicationRepository repository, Programs programs, People people, ProgramConsents consents,
                 PersonalData personal, Audit audit, Outbox outbox, ApplicationEventPublisher events, Clock clock,
                 OneCitySettings settings) {
        this.repository = repository;
        this.programs = programs;
        this.people = people;
        this.consents = consents;
        this.personal = personal;
        this.audit = audit;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /** May this staff member see and decide the program's applications? Its agency's staff, or an admin. */
    public static boolean mayWork(StaffUser u, Program p) {
        return u.has(Role.ADMIN) || (u.has(Role.STAFF) || u.has(Role.SUPERVISOR))
                && u.agencyCode() != null && u.agencyCode().equals(p.agencyCode());
    }

    /** Files an application; when the person has one open for the program, that one is returned, unchanged. */
    @Transactional
    public Filed apply(Apply a) {
        Map<String, String> problems = new LinkedHashMap<>();
        Program program = programs.find(a.programCode()).orElse(null);
        if (a.programCode() == null || a.programCode().isBlank()) {
            problems.put("program", "required");
        } else if (program == null) {
            problems.put("program", "unknownProgram");
        } else if (!program.active()) {
            problems.put("program", "inactive");
        }
        if (a.personKey() == null) {
            problems.put("person", "required");
        }
        if (a.consent() == null && Channel.of(a.by()) != Channel.AGENCY) {
            problems.put("consent", "consentRequired");
        }
        if (!problems.isEmpty()) {
            throw ProgramsProblem.invalid(problems);
        }
        PersonRef person = people.find(a.personKey()).orElseThrow(() -> ProgramsProblem.notFound("person"));
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, settings.timeZone()).getYear();
        var inserted = repository.insertOpen(program.code(), person.key(), Channel.of(a.by()), a.by().name(), now,
                year);
        if (inserted.isEmpty()) {
            return new Filed(repository.open(program.code(), person.key()).orElseThrow(), false, program);
        }
        Application app = inserted.get();
        repository.history(app.id(), now, a.by().name(), "submitted", ApplicationStatus.SUBMITTED, null);
        record(a.by(), app, "create", List.of("program", "status", "submitted_at"));
        if (a.consent() != null) {
            consents.record(person.key(), program.code(), a.consent(), a.by().name(),
                    AccessRecord.kindOf(a.by()), Channel.of(a.by()).consentChannel(), app.number());
        }
        return new Filed(app, true, program);
    }

    /** Approves or rejects an open application (a reason is required to reject); staff of the program's agency or admins. */
    @Transactional
    public Application decide(String number, ApplicationStatus outcome, String reason, StaffUser user) {
        Application app = repository.lock(number).orElseThrow(() -> ProgramsProblem.notFound("application"));
        Program program = programs.find(app.programCode()).orElseThrow();
        if (!mayWork(user, program)) {
            throw ProgramsProblem.notFound("application");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (outcome == null || !outcome.decision()) {
            throw ProgramsProblem.invalid("outcome", "outcome");
        }
        if (outcome == ApplicationStatus.REJECTED && why == null) {
            throw ProgramsProblem.invalid("reason", "reasonRequired");
        }
        if (why != null && why.length() > 2000) {
            throw ProgramsProblem.invalid("reason", "reasonLength");
        }
        if (!app.status().mayBecome(outcome)) {
            throw ProgramsProblem.conflict("alreadyDecided");
        }
        Instant now = clock.instant();
        if (!repository.close(app.id(), outcome, user.username(), now, personal.seal(Enrolment.reasonContext(app.id()), why))) {
            throw ProgramsProblem.conflict("alreadyDecided");
        }
        repository.history(app.id(), now, user.username(), outcome.wire(), outcome, null);
        Actor by = user.actor();
        List<String> fields = new ArrayList<>(List.of("status", "decided_at", "outcome"));
        if (why != null) {
            fields.add("decision_reason");
        }
        record(by, app, "update", fields);
        events.publishEvent(new ApplicationDecided(number, program.code(), program.agencyCode(), app.personKey(),
                outcome, user.username(), now));
        List<String> agencies = new ArrayList<>(List.of(program.agencyCode()));
        people.find(app.personKey()).map(PersonRef::holderAgency).filter(h -> !agencies.contains(h))
                .ifPresent(agencies::add);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", number);
        data.put("program", program.code());
        data.put("personKey", app.personKey().toString());
        data.put("outcome", outcome.wire());
        data.put("decidedAt", now.toString());
        outbox.append(DECIDED_EVENT, "application:" + number, agencies, data);
        return repository.find(number).orElseThrow();
    }

    /** Withdraws an open application at the person's request; staff of the program's agency or admins. */
    @Transactional
    public Application withdraw(String number, StaffUser user) {
        Application app = repository.lock(number).orElseThrow(() -> ProgramsProblem.notFound("application"));
        Program program = programs.find(app.programCode()).orElseThrow();
        if (!mayWork(user, program)) {
            throw ProgramsProblem.notFound("application");
        }
        Instant now = clock.instant();
        if (!app.status().mayBecome(ApplicationStatus.WITHDRAWN)
                || !repository.close(app.id(), ApplicationStatus.WITHDRAWN, user.username(), now, null)) {
            throw ProgramsProblem.conflict("alreadyDecided");
        }
        repository.history(app.id(), now, user.username(), "withdrawn", ApplicationStatus.WITHDRAWN, null);
        record(user.actor(), app, "update", List.of("status", "decided_at"));
        return repository.find(number).orElseThrow();
    }

    private void record(Actor by, Application app, String action, List<String> fields) {
        audit.record(AccessRecord.by(by, PURPOSE, app.number(), action,
                Enrolment.DATASET, Enrolment.subject(app.personKey()), fields, "granted", null));
    }
}
