package org.onecity.geo;

import java.util.Map;

/**
 * Display names of districts. In order: a fixed name from the descriptor, a named rule, the
 * name property, the code.
 */
final class DistrictNaming {

    private static final Map<Character, String> NYC_BOROUGHS = Map.of(
            '1', "Manhattan", '2', "Bronx", '3', "Brooklyn", '4', "Queens", '5', "Staten Island");

    /** Community districts number at most 18 per borough; higher numbers are Joint Interest Areas. */
    private static final int LAST_NYC_COMMUNITY_DISTRICT = 18;

    private DistrictNaming() {
    }

    static String name(LayerDescriptor layer, String code, String nameProperty) {
        String fixed = layer.names().get(code);
        if (fixed != null) {
            return fixed;
        }
        if (layer.naming() != null) {
            return rule(layer.naming(), code);
        }
        return nameProperty == null || nameProperty.isBlank() ? code : nameProperty.strip();
    }

    static void requireKnownRule(String naming) {
        if (naming != null && !naming.equals("nyc-community-district")) {
            throw new IllegalArgumentException("Unknown district naming rule: " + naming);
        }
    }

    private static String rule(String naming, String code) {
        requireKnownRule(naming);
        return nycCommunityDistrict(code);
    }

    /** "105" → "Manhattan CD 5"; "164" → "Manhattan JIA 64". */
    static String nycCommunityDistrict(String code) {
        String borough = code.length() == 3 ? NYC_BOROUGHS.get(code.charAt(0)) : null;
        if (borough == null || !code.chars().allMatch(Character::isDigit)) {
            return code;
        }
        int number = Integer.parseInt(code) % 100;
        String kind = number > LAST_NYC_COMMUNITY_DISTRICT ? "JIA" : "CD";
        return borough + " " + kind + " " + number;
    }
}
