package org.onecity.programs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reading applications: one by number, a person's, a program's queue, an application's history. */
@Service
public class ApplicationQueries {

    private final ApplicationRepository repository;
    private final org.onecity.vault.PersonalData personal;
    private final org.onecity.audit.Audit audit;

    ApplicationQueries(ApplicationRepository repository, org.onecity.vault.PersonalData personal,
                       org.onecity.audit.Audit audit) {
        this.repository = repository;
        this.personal = personal;
        this.audit = audit;
    }

    public Optional<Application> find(String number) {
        return number == null ? Optional.empty() : repository.find(number);
    }

    /** The decision reason, opened for a staff member of the program's agency (callers check), and audited. */
    @org.springframework.transaction.annotation.Transactional
    public Optional<String> reason(Application a, org.onecity.accounts.StaffUser reader) {
        String reason = personal.open(Enrolment.reasonContext(a.id()), repository.reason(a.id()));
        if (reason != null) {
            audit.record(new org.onecity.audit.AccessRecord(reader.username(), "staff", null, reader.agencyCode(),
                    Applications.PURPOSE, a.number(), "read", Enrolment.DATASET, Enrolment.subject(a.personKey()),
                    List.of("decision_reason"), "granted", null));
        }
        return Optional.ofNullable(reason);
    }

    /** The person's applications, newest first (the key as stored: pass the survivor's). */
    public List<Application> ofPerson(UUID person) {
        return repository.ofPerson(person);
    }

    /** A page (from 1) of the program's applications: open ones first, then oldest first. */
    public List<Application> queue(String program, int page, int size) {
        return repository.queue(program, Math.max(1, page), size);
    }

    public long count(String program) {
        return repository.count(program);
    }

    public List<HistoryLine> history(Application a) {
        return repository.history(a.id());
    }
}
