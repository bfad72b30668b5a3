/** The public website: find a service, file a request, track it, answer the survey and ask to reopen. */
package org.onecity.portal;
