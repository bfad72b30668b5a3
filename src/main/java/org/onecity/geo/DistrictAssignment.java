package org.onecity.geo;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The districts a point lies in, one per layer; a field is null where no district of that layer
 * contains the point. Layers a city adds beyond the four built-in ones land in {@code others}.
 */
public record DistrictAssignment(
        DistrictRef borough,
        DistrictRef communityDistrict,
        DistrictRef zipArea,
        DistrictRef alcaldia,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DistrictRef> others) {

    /** A point in no district at all. */
    public static final DistrictAssignment NONE = new DistrictAssignment(null, null, null, null);

    public DistrictAssignment {
        others = others == null ? List.of() : List.copyOf(others);
    }

    public DistrictAssignment(DistrictRef borough, DistrictRef communityDistrict, DistrictRef zipArea,
            DistrictRef alcaldia) {
        this(borough, communityDistrict, zipArea, alcaldia, List.of());
    }

    /** The districts found, built-in layers first; never null. */
    public List<DistrictRef> all() {
        List<DistrictRef> found = new ArrayList<>(4 + others.size());
        for (DistrictRef ref : new DistrictRef[] {borough, communityDistrict, zipArea, alcaldia}) {
            if (ref != null) {
                found.add(ref);
            }
        }
        found.addAll(others);
        return List.copyOf(found);
    }

    /** The district of the given layer id, if the point lies in one. */
    public Optional<DistrictRef> in(String layer) {
        return all().stream().filter(ref -> ref.layer().equals(layer)).findFirst();
    }
}
