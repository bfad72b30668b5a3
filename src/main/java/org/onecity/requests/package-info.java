/**
 * The ServiceRequest aggregate: intake on every channel, lifecycle, history (lines and refusals say
 * message keys, rendered per language by {@code RequestTexts}), residents' feedback, media, duplicates
 * and merges, its districts (of any configured layer), its bulk row format
 * ({@link org.onecity.requests.StagedRow}) and its requester as a dataset of sharing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"sharing", "vault", "audit", "routing",
        "accounts", "catalog", "geo", "platform", "shared"})
package org.onecity.requests;
