/** Staff accounts, their roles and agency, login and the web security rules. */
package org.onecity.accounts;
