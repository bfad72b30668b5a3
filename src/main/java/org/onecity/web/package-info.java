/** The shared web frame every page stands on: languages (cookie, switch, right-to-left), the layout's model, static assets. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onecity.web;
