/** Staff screens: the 311 agent console (callers, contacts, filing by phone), agency work queues and supervisor views. */
package org.onecity.workspace;
