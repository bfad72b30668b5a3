/**
 * The person registry: people in the city's social programs, identified by CURP where they have one,
 * their personal data sealed per field, found by exact lookups only, read through sharing's release
 * decision, and merged when two records are the same person.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharing", "vault", "audit", "accounts", "catalog", "geo", "platform", "shared"},
        displayName = "People")
package org.onecity.people;
