package org.onecity.routing;

/**
 * Sends requests of a service type (null = any) located in a district (null = anywhere) to an
 * agency. The highest priority matching rule wins; among equals the more specific one.
 */
public record RoutingRule(Long id, String serviceCode, String layer, String districtCode, String agencyCode,
                          int priority, boolean active, String description) {

    int specificity() {
        return (serviceCode != null ? 2 : 0) + (layer != null ? 1 : 0);
    }
}
