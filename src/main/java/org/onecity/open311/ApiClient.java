package org.onecity.open311;

/** Who is calling with an API key: a named client, and the agency whose system it is (if any). */
public record ApiClient(long id, String name, String agencyCode) {

    public boolean isAgencySystem() {
        return agencyCode != null;
    }
}
