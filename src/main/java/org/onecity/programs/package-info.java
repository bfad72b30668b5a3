/**
 * Social programs: the program catalog, applications of registered people and their decision,
 * consent per program, and the enrolment dataset other agencies read through the release decision.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "sharing", "vault", "audit", "accounts", "catalog", "platform", "shared"},
        displayName = "Programs")
package org.onecity.programs;
