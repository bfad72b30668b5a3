package org.onecity.sharing;

import org.onecity.sharing.audit.AuditChain;
import org.springframework.stereotype.Service;

/** The audit every module writes to when personal data is read or changed, and its verification. */
@Service
public class Audit {

    private final AuditChain chain;

    Audit(AuditChain chain) {
        this.chain = chain;
    }

    /** Appends the record to the chain (in the caller's transaction) and returns its sequence number. */
    public long record(AccessRecord r) {
        return chain.append(r);
    }

    /** Checks every entry: detects altered, deleted and reordered entries. */
    public AuditVerification verify() {
        return chain.verify();
    }
}
