/** The picocli command line: serve (default) and the operational commands. */
package org.onecity.cli;
