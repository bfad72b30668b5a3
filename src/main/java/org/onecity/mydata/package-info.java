/**
 * "Who accessed my data": a resident's own pages, through signed links, listing every access to their
 * request's contact details or their registry record, with their consent per agreement and per program;
 * and the registry's ask-by-CURP for that link, limited and answered by a job.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "programs", "sharing", "requests",
        "messaging", "accounts", "audit", "vault", "catalog", "platform", "shared"})
package org.onecity.mydata;
