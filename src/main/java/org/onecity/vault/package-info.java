/**
 * The vault: field encryption of personal data at rest, blind indexes for exact lookups, and the
 * rotation of data keys, index keys and the master key.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vault", allowedDependencies = {"platform", "shared"})
package org.onecity.vault;
