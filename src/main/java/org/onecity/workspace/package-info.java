/** Staff screens: the 311 agent console (callers, contacts, filing by phone), agency work queues, supervisor views and the admin home. */
package org.onecity.workspace;
