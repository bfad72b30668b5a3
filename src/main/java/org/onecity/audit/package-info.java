/**
 * The audit: the append-only, hash-chained record of every access to and change of personal data,
 * its anchors outside the database, its verification and its pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"platform", "shared"})
package org.onecity.audit;
