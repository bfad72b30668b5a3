package org.onecity.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onecity.catalog.Catalog;
import org.onecity.geo.DistrictLayer;
import org.onecity.geo.Districts;
import org.onecity.open311.Open311Settings;
import org.onecity.platform.OneCitySettings;
import org.onecity.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every Open311 call needs: the jurisdiction check, the language, and document builders. */
@Component
class Open311Context {

    private final Open311Settings settings;
    private final OneCitySettings city;
    private final Catalog catalog;
    private final List<DistrictLayer> layers;

    Open311Context(Open311Settings settings, OneCitySettings city, Catalog catalog, Districts districts) {
        this.settings = settings;
        this.city = city;
        this.catalog = catalog;
        this.layers = districts.layers();
    }

    Open311Settings settings() {
        return settings;
    }

    java.time.ZoneId zone() {
        return city.timeZone();
    }

    /** Checks jurisdiction_id (optional on this single-jurisdiction endpoint; a wrong one is 404). */
    void checkJurisdiction(HttpServletRequest request) {
        String j = Params.value(request, "jurisdiction_id");
        if (j != null && !j.equalsIgnoreCase(settings.jurisdictionId())) {
            throw Open311Error.notFound("jurisdiction_id", "jurisdiction_id " + abbreviate(j)
                    + " is not served here (this endpoint serves " + settings.jurisdictionId() + ")");
        }
    }

    Documents documents(HttpServletRequest request) {
        String locale = Params.value(request, "locale");
        Language lang = Language.resolve(locale != null ? locale : Params.value(request, "lang"),
                request.getHeader("Accept-Language"));
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return new Documents(catalog, lang, city.timeZone(), base, layers);
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
