/** District polygons (boroughs, community districts, ZIP areas, alcaldías) and point-in-district lookup. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.onecity.geo;
