package org.onecity.programs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reading applications: one by number, a person's, a program's queue, an application's history. */
@Service
public class ApplicationQueries {

    private final ApplicationRepository repository;
    private final org.onecity.sharing.PersonalData personal;

    ApplicationQueries(ApplicationRepository repository, org.onecity.sharing.PersonalData personal) {
        this.repository = repository;
        this.personal = personal;
    }

    public Optional<Application> find(String number) {
        return number == null ? Optional.empty() : repository.find(number);
    }

    /** The decision reason, opened; for the program's agency staff only (callers check). */
    public Optional<String> reason(Application a) {
        return Optional.ofNullable(personal.open(Enrolment.reasonContext(a.id()), repository.reason(a.id())));
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
