package org.onecity.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The districts a point lies in, at most one per layer, in the order of the layers; a layer with no
 * district containing the point is absent. Any configured layer can appear: the city's layers are data.
 * In JSON (the locate API, routing's dry run) see {@link DistrictAssignmentJson}.
 */
public record DistrictAssignment(List<DistrictRef> all) {

    /** A point in no district at all. */
    public static final DistrictAssignment NONE = new DistrictAssignment(List.of());

    public DistrictAssignment {
        all = all == null ? List.of() : List.copyOf(all);
    }

    /** The given districts, nulls left out. */
    public static DistrictAssignment of(DistrictRef... districts) {
        List<DistrictRef> found = new ArrayList<>(districts.length);
        for (DistrictRef d : districts) {
            if (d != null) {
                found.add(d);
            }
        }
        return new DistrictAssignment(found);
    }

    /** The district of the given layer id, if the point lies in one. */
    public Optional<DistrictRef> in(String layer) {
        return Optional.ofNullable(find(layer));
    }

    /** The code of the district of the given layer, or null. */
    public String code(String layer) {
        DistrictRef d = find(layer);
        return d == null ? null : d.code();
    }

    /** Layer id → district code, in the order of the layers. */
    public Map<String, String> codes() {
        Map<String, String> codes = new LinkedHashMap<>(all.size() * 2);
        for (DistrictRef d : all) {
            codes.put(d.layer(), d.code());
        }
        return Collections.unmodifiableMap(codes);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    private DistrictRef find(String layer) {
        for (DistrictRef d : all) {
            if (d.layer().equals(layer)) {
                return d;
            }
        }
        return null;
    }
}
