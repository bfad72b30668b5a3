package org.onecity.requests;

/** The requester's contact details: private, shown to staff only, never on the public API. */
public record Requester(String firstName, String lastName, String email, String phone, String deviceId,
                        String accountId) {

    public static final Requester ANONYMOUS = new Requester(null, null, null, null, null, null);

    public boolean isAnonymous() {
        return firstName == null && lastName == null && email == null && phone == null
                && deviceId == null && accountId == null;
    }
}
