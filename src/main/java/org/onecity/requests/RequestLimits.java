package org.onecity.requests;

/**
 * The longest texts a request holds, in characters: intake refuses longer ones, bulk loads cut them, and
 * requests.service_request checks the description, address, address id and ZIP code again.
 */
public final class RequestLimits {

    public static final int DESCRIPTION = 4_000;
    public static final int RESOLUTION = 4_000;
    public static final int ADDRESS = 500;
    public static final int ADDRESS_ID = 100;
    public static final int ZIPCODE = 20;

    private RequestLimits() {
    }
}
