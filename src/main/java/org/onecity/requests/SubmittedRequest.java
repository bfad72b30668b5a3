package org.onecity.requests;

import java.util.List;

/**
 * What intake answers: the request, whether it was created now or found from an earlier try with
 * the same idempotency key, and the numbers of open requests nearby that look like the same problem.
 */
public record SubmittedRequest(ServiceRequest request, boolean created, List<String> likelyDuplicates) {
}
