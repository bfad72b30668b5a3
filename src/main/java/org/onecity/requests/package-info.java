/** The ServiceRequest aggregate: intake on every channel, lifecycle, history, media, duplicates and merges. */
package org.onecity.requests;
