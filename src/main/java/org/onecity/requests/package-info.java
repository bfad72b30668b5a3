/**
 * The ServiceRequest aggregate: intake on every channel, lifecycle, history (lines and refusals say
 * message keys, rendered per language by {@code RequestTexts}), residents' feedback, media, duplicates and merges.
 */
package org.onecity.requests;
