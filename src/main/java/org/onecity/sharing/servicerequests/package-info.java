/**
 * Sharing applied to service requests: the machine API over requester details, inbound updates
 * from agency systems, and the requests' events into the outbox. A nested module: it depends on
 * requests, which itself uses the sharing API (encryption, audit), without a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing of service requests")
package org.onecity.sharing.servicerequests;
