/** Routing rules: service type × district → responsible agency, by priority; the default is the service's owner. */
package org.onecity.routing;
