package org.onecity.requests;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locates an address typed on the portal or texted by SMS from requests already filed at the same
 * address with a map point (the city's own gazetteer: NYC 311 history carries coordinates for most
 * addresses). The street part is compared by a normalised key ({@code requests.address_key}: case,
 * punctuation, ordinals, street words and directions). When the known points disagree (more than
 * {@value #AGREE_METERS} m apart, e.g. the same house number in two boroughs) the address stays unlocated.
 */
@Service
@Transactional(readOnly = true)
public class AddressLocations {

    static final int AGREE_METERS = 300;
    private static final int SAMPLE = 25;

    /** A point on the map. */
    public record Point(double lat, double lon) {
    }

    private final JdbcClient jdbc;

    AddressLocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Point> locate(String address) {
        if (address == null || address.isBlank() || address.length() > 500) {
            return Optional.empty();
        }
        List<Point> seen = jdbc.sql("""
                select lat, lon from requests.service_request
                where requests.address_key(address) = requests.address_key(?) and lat is not null and address is not null
                order by requested_at desc limit ?""")
                .params(address, SAMPLE).query((rs, n) -> new Point(rs.getDouble("lat"), rs.getDouble("lon"))).list();
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        Point first = seen.get(0);
        boolean agree = seen.stream().allMatch(p -> meters(first, p) <= AGREE_METERS);
        return agree ? Optional.of(first) : Optional.empty();
    }

    static double meters(Point a, Point b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return 6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
