package org.onecity.opendata;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.DistrictRef;
import org.onecity.geo.Districts;
import org.onecity.geo.LatLon;
import org.onecity.requests.RequestDistricts;
import org.onecity.requests.RequestExport.PublicRequest;

/** Makes a request publishable; one per export (catalog and district names are taken once). */
final class Publisher {

    private final Catalog catalog;
    private final OpenDataSettings settings;
    private final Set<String> coarsen;
    private final double scale;
    private final boolean districtPoint;
    private final Districts districts;
    private final Map<String, Map<String, String>> names = new HashMap<>();
    private final Map<String, String> descriptors = new HashMap<>();

    Publisher(Catalog catalog, Districts districts, OpenDataSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
        this.coarsen = Set.copyOf(settings.coarsenServices());
        this.scale = Math.pow(10, settings.coarsenDecimals());
        this.districtPoint = "district-centroid".equals(settings.coarsenMode());
        this.districts = districts;
        for (ServiceType s : catalog.allServices()) {
            s.attribute("descriptor").map(ServiceAttribute::values).ifPresent(values -> values
                    .forEach(v -> descriptors.put(s.code() + "|" + v.key(), v.name().english())));
        }
    }

    Published publish(PublicRequest r) {
        boolean sensitive = coarsen.contains(r.serviceCode());
        Double[] at = sensitive ? coarse(r) : new Double[] {r.lat(), r.lon()};
        String serviceName = catalog.service(r.serviceCode()).map(s -> s.name().english()).orElse(r.serviceCode());
        String agencyName = catalog.agency(r.agencyCode()).map(Agency::name).map(n -> n.english()).orElse(r.agencyCode());
        String descriptor = r.descriptor() == null ? null
                : descriptors.getOrDefault(r.serviceCode() + "|" + r.descriptor(), r.descriptor());
        RequestDistricts d = r.districts();
        return new Published(r.number(), r.serviceCode(), serviceName, r.agencyCode(), agencyName, r.status().wire(),
                r.outcome() == null ? null : r.outcome().wire(), r.channel().wire(), Scrubber.scrub(r.description()),
                at[0], at[1],
                sensitive ? null : Scrubber.scrub(r.address()), sensitive ? null : r.addressId(),
                r.zipcode(), published(d), name(settings.nycBoroughLayer(), d), code(settings.nycCommunityBoardLayer(), d),
                descriptor, r.requestedAt(), r.updatedAt(), r.expectedAt(), r.closedAt(),
                Scrubber.scrub(r.statusNotes()), Scrubber.scrub(r.resolution()));
    }

    private Map<String, String> published(RequestDistricts d) {
        Map<String, String> out = new LinkedHashMap<>(settings.districts().size() * 2);
        for (OpenDataSettings.PublishedDistrict p : settings.districts()) {
            String value = p.byName() ? name(p.layer(), d) : code(p.layer(), d);
            if (value != null) {
                out.put(p.property(), value);
            }
        }
        return out;
    }

    private static String code(String layer, RequestDistricts d) {
        return layer == null ? null : d.code(layer);
    }

    /** The name of the request's district in the layer; null where it has none or the layer does not know it. */
    private String name(String layer, RequestDistricts d) {
        String code = code(layer, d);
        if (code == null) {
            return null;
        }
        return names.computeIfAbsent(layer, l -> {
            Map<String, String> byCode = new HashMap<>();
            districts.districts(l).forEach(ref -> byCode.put(ref.code(), ref.name()));
            return byCode;
        }).get(code);
    }

    /** The sensitive request's published point: rounded, or a point inside its district of a coarsening layer. */
    private Double[] coarse(PublicRequest r) {
        if (!districtPoint) {
            return new Double[] {round(r.lat()), round(r.lon())};
        }
        List<String> layers = settings.coarsenLayers();
        Optional<LatLon> p = Optional.empty();
        for (int i = 0; i < layers.size() && p.isEmpty(); i++) {
            p = districts.representativePoint(layers.get(i), r.districts().code(layers.get(i)));
        }
        if (p.isEmpty() && r.lat() != null && r.lon() != null) {
            DistrictAssignment located = districts.locate(r.lat(), r.lon());
            for (int i = 0; i < layers.size() && p.isEmpty(); i++) {
                DistrictRef d = located.in(layers.get(i)).orElse(null);
                p = d == null ? Optional.empty() : districts.representativePoint(d.layer(), d.code());
            }
        }
        return p.map(ll -> new Double[] {ll.lat(), ll.lon()}).orElse(new Double[] {null, null});
    }

    private Double round(Double v) {
        return v == null ? null : Math.round(v * scale) / scale;
    }
}
