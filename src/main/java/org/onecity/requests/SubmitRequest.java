package org.onecity.requests;

import java.util.List;
import java.util.Map;
import org.onecity.shared.Actor;

/**
 * A new request from any channel. Location is coordinates and/or an address; attributes are the
 * raw answers keyed by attribute code. The idempotency key (scoped by the caller, e.g. an API
 * key) makes a retry return the first request.
 */
public record SubmitRequest(String serviceCode, Channel channel, String description, Double lat, Double lon,
                            String address, String addressId, String zipcode,
                            Map<String, List<String>> attributes, Requester requester, List<MediaUpload> media,
                            List<String> mediaUrls, String language, String idempotencyScope,
                            String idempotencyKey, Actor actor) {

    public SubmitRequest {
        attributes = attributes == null ? Map.of() : attributes;
        requester = requester == null ? Requester.ANONYMOUS : requester;
        media = media == null ? List.of() : media;
        mediaUrls = mediaUrls == null ? List.of() : mediaUrls;
        language = language == null ? "en" : language;
        actor = actor == null ? Actor.resident() : actor;
    }
}
