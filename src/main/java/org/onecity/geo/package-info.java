/** District layers as data (any layer, any city: the built-in ones and those a city configures) and point-in-district lookup. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.onecity.geo;
