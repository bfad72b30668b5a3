/** The service catalog: agencies and their escalation chains, service types with Open311 forms and SLA targets, in the city's languages. */
package org.onecity.catalog;
