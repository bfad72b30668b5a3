/** The public, read-only web API of the districts: layers, layer GeoJSON for maps, point lookup. */
package org.onecity.geo.web;
