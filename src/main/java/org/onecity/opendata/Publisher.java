package org.onecity.opendata;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.DistrictRef;
import org.onecity.geo.Districts;
import org.onecity.geo.LatLon;
import org.onecity.requests.RequestExport.PublicRequest;

/** Makes a request publishable; one per export (catalog names are taken once). */
final class Publisher {

    private final Catalog catalog;
    private final Set<String> coarsen;
    private final double scale;
    private final boolean districtPoint;
    private final Districts districts;
    private final Map<String, String> boroughs = new HashMap<>();
    private final Map<String, String> descriptors = new HashMap<>();

    Publisher(Catalog catalog, Districts districts, OpenDataSettings settings) {
        this.catalog = catalog;
        this.coarsen = Set.copyOf(settings.coarsenServices());
        this.scale = Math.pow(10, settings.coarsenDecimals());
        this.districtPoint = "district-centroid".equals(settings.coarsenMode());
        this.districts = districts;
        for (DistrictRef b : districts.districts("borough")) {
            boroughs.put(b.code(), b.name());
        }
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
        return new Published(r.number(), r.serviceCode(), serviceName, r.agencyCode(), agencyName, r.status().wire(),
                r.outcome() == null ? null : r.outcome().wire(), r.channel().wire(), Scrubber.scrub(r.description()),
                at[0], at[1],
                sensitive ? null : Scrubber.scrub(r.address()), sensitive ? null : r.addressId(),
                r.zipcode(), r.borough() == null ? null : boroughs.get(r.borough()),
                r.communityDistrict(), descriptor, r.requestedAt(), r.updatedAt(), r.expectedAt(), r.closedAt(),
                Scrubber.scrub(r.statusNotes()), Scrubber.scrub(r.resolution()));
    }

    /** The sensitive request's published point: rounded, or a point inside its community district or alcaldía. */
    private Double[] coarse(PublicRequest r) {
        if (!districtPoint) {
            return new Double[] {round(r.lat()), round(r.lon())};
        }
        java.util.Optional<LatLon> p = districts.representativePoint("community_district", r.communityDistrict());
        if (p.isEmpty() && r.lat() != null && r.lon() != null) {
            var at = districts.locate(r.lat(), r.lon());
            DistrictRef d = at.communityDistrict() != null ? at.communityDistrict() : at.alcaldia();
            p = d == null ? java.util.Optional.empty() : districts.representativePoint(d.layer(), d.code());
        }
        return p.map(ll -> new Double[] {ll.lat(), ll.lon()}).orElse(new Double[] {null, null});
    }

    private Double round(Double v) {
        return v == null ? null : Math.round(v * scale) / scale;
    }
}
