package org.onecity.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.onecity.catalog.FormAnswers;
import org.onecity.catalog.FormValidation;
import org.onecity.catalog.ServiceType;
import org.onecity.requests.RequestRejected.Kind;
import org.onecity.requests.RequestRejected.Problem;
import org.onecity.shared.PlainText;

/** Everything checked about a new request before anything is written. Pure: no I/O. */
final class IntakeChecks {

    static final int MAX_DESCRIPTION = RequestLimits.DESCRIPTION;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>]{1,64}@[^@\\s<>]{1,255}\\.[^@\\s<>]{2,63}$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{3,40}$");

    private IntakeChecks() {
    }

    static List<Problem> check(SubmitRequest c, ServiceType service, FormAnswers answers, boolean insideServiceArea) {
        List<Problem> p = new ArrayList<>();
        location(c, insideServiceArea, p);
        plain("description", c.description(), MAX_DESCRIPTION, p);
        plain("address_string", c.address(), RequestLimits.ADDRESS, p);
        plain("address_id", c.addressId(), RequestLimits.ADDRESS_ID, p);
        plain("zipcode", c.zipcode(), RequestLimits.ZIPCODE, p);
        answers.problems().forEach(a -> p.add(new Problem(Kind.INVALID, "attribute[" + a.attribute() + "]", a.message(),
                Sentence.of(switch (a.issue()) {
                    case MISSING -> "error.required";
                    case NOT_A_NUMBER -> "error.number";
                    case NOT_A_DATE_TIME -> "error.datetime";
                    case INVALID -> "error.invalid";
                }))));
        requester(c.requester(), p);
        media(c, p);
        return p;
    }

    private static void location(SubmitRequest c, boolean inside, List<Problem> p) {
        boolean hasPoint = c.lat() != null || c.lon() != null;
        if (hasPoint) {
            if (c.lat() == null || c.lon() == null) {
                p.add(new Problem(Kind.INVALID, "lat", "lat and long must be given together"));
            } else if (!Double.isFinite(c.lat()) || !Double.isFinite(c.lon()) || Math.abs(c.lat()) > 90
                    || Math.abs(c.lon()) > 180) {
                p.add(new Problem(Kind.INVALID, "lat", "lat must be within -90..90 and long within -180..180"));
            } else if (!inside) {
                p.add(new Problem(Kind.INVALID, "lat", "the location is outside the city's service area"));
            }
        } else if (PlainText.trimToNull(c.address()) == null && PlainText.trimToNull(c.addressId()) == null) {
            p.add(new Problem(Kind.INVALID, "lat", "a location is required: lat and long, address_string or address_id"));
        }
    }

    private static void plain(String field, String value, int max, List<Problem> p) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            p.add(new Problem(Kind.INVALID, field, field + " is longer than " + max + " characters"));
        } else if (PlainText.containsMarkup(value)) {
            p.add(new Problem(Kind.INVALID, field, field + " must be plain text, not HTML"));
        } else if (PlainText.containsControlCharacters(value)) {
            p.add(new Problem(Kind.INVALID, field, field + " contains control characters"));
        }
    }

    private static void requester(Requester r, List<Problem> p) {
        plain("first_name", r.firstName(), 200, p);
        plain("last_name", r.lastName(), 200, p);
        plain("device_id", r.deviceId(), 200, p);
        plain("account_id", r.accountId(), 200, p);
        if (r.email() != null && !EMAIL.matcher(r.email()).matches()) {
            p.add(new Problem(Kind.INVALID, "email", "email is not a valid address"));
        }
        if (r.phone() != null && !PHONE.matcher(r.phone()).matches()) {
            p.add(new Problem(Kind.INVALID, "phone", "phone may hold only digits, spaces and + ( ) . -"));
        }
    }

    private static void media(SubmitRequest c, List<Problem> p) {
        if (c.media().size() > MediaPolicy.MAX_FILES) {
            p.add(new Problem(Kind.INVALID, "media", "at most " + MediaPolicy.MAX_FILES + " files per request"));
        }
        for (MediaUpload m : c.media()) {
            if (m.content() == null || m.content().length == 0) {
                p.add(new Problem(Kind.INVALID, "media", "media file is empty"));
            } else if (m.content().length > MediaPolicy.MAX_BYTES) {
                p.add(new Problem(Kind.INVALID, "media", "media files may be at most 10 MB"));
            } else if (MediaPolicy.sniff(m.content()).isEmpty()) {
                p.add(new Problem(Kind.INVALID, "media", "media must be a JPEG, PNG, GIF or WebP image"));
            }
        }
        for (String url : c.mediaUrls()) {
            if (url.length() > 2000 || !url.matches("^https?://[^\\s<>\"]+$")) {
                p.add(new Problem(Kind.INVALID, "media_url", "media_url must be an http(s) URL"));
            }
        }
    }
}
