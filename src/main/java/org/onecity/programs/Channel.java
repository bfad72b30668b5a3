package org.onecity.programs;

/** How an application came in: at an office, through an agent, or from an agency's system. */
public enum Channel {
    OFFICE, AGENT, AGENCY;

    public String wire() {
        return name().toLowerCase();
    }
}
