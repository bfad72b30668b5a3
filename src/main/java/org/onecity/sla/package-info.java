/** SLA clocks: every request's due date, and the job that moves overdue requests up their agency's chain of command exactly once. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "catalog", "platform", "shared"})
package org.onecity.sla;
