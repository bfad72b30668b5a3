package org.onecity.audit;

import java.util.List;
import org.onecity.audit.chain.AuditChain;
import org.onecity.audit.chain.AuditLog;
import org.springframework.stereotype.Service;

/** The audit every module writes to when personal data is read or changed, and its verification. */
@Service
public class Audit {

    private final AuditChain chain;
    private final AuditLog log;

    Audit(AuditChain chain, AuditLog log) {
        this.chain = chain;
        this.log = log;
    }

    /** Appends the record to the chain (in the caller's transaction) and returns its sequence number. */
    public long record(AccessRecord r) {
        return chain.append(r);
    }

    /** Checks every entry: detects altered, deleted and reordered entries. */
    public AuditVerification verify() {
        return chain.verify();
    }

    /** The newest entries matching the search, at most {@code limit} (1 000 at most). */
    public List<AuditEntry> search(AuditQuery query, int limit) {
        return log.search(query, limit);
    }

    /**
     * One page of the entries about any of the subjects in any of the datasets, newest first
     * (e.g. a person's own page: their key and the keys merged into it).
     */
    public List<AuditEntry> about(java.util.Collection<String> datasets, java.util.Collection<String> subjects,
                                  int offset, int limit) {
        return log.about(datasets, subjects, offset, limit);
    }

    /** How many entries are about any of the subjects in any of the datasets. */
    public long count(java.util.Collection<String> datasets, java.util.Collection<String> subjects) {
        return log.count(datasets, subjects);
    }

    /** Every access to and change of one subject's data in a dataset, oldest first. */
    public List<AuditEntry> about(String dataset, String subject) {
        return log.about(dataset, subject);
    }
}
