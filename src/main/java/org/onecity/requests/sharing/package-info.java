/**
 * Service requests as a dataset of the sharing module: the requester's fields, the requests'
 * events into the outbox. The machine API over them lives in {@code requests.web}.
 */
package org.onecity.requests.sharing;
