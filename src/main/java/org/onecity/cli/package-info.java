/** The picocli command line: serve (default) and the operational commands. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"imports", "opendata", "sla", "audit", "vault", "platform", "shared"})
package org.onecity.cli;
