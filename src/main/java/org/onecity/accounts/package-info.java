/** Staff accounts, their roles and agency, login, the web security rules, and the staff admin pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "platform", "shared"})
package org.onecity.accounts;
