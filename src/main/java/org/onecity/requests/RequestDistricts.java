package org.onecity.requests;

/** The districts a request's location falls in (codes; null where none). */
public record RequestDistricts(String borough, String communityDistrict, String zipArea, String alcaldia) {

    public static final RequestDistricts NONE = new RequestDistricts(null, null, null, null);
}
