/** District polygons (boroughs, community districts, ZIP areas, alcaldías) and point-in-district lookup. */
package org.onecity.geo;
