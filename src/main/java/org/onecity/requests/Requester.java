package org.onecity.requests;

/** The requester's contact details: private, shown to staff only, never on the public API. */
public record Requester(String firstName, String lastName, String email, String phone, String deviceId,
                        String accountId) {

    public static final Requester ANONYMOUS = new Requester(null, null, null, null, null, null);

    /** The names of the fields that hold a value (what an audit entry lists; never the values). */
    public java.util.List<String> presentFields() {
        var names = new java.util.ArrayList<String>();
        add(names, "first_name", firstName);
        add(names, "last_name", lastName);
        add(names, "email", email);
        add(names, "phone", phone);
        add(names, "device_id", deviceId);
        add(names, "account_id", accountId);
        return names;
    }

    private static void add(java.util.List<String> names, String name, String value) {
        if (value != null) {
            names.add(name);
        }
    }

    public boolean isAnonymous() {
        return firstName == null && lastName == null && email == null && phone == null
                && deviceId == null && accountId == null;
    }
}
