/**
 * The ServiceRequest aggregate: intake on every channel, lifecycle, history, media, duplicates and merges; its
 * districts (of any configured layer) and its bulk row format ({@link org.onecity.requests.StagedRow}).
 */
package org.onecity.requests;
