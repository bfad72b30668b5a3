/** Public open data downloads under /api/opendata. */
package org.onecity.opendata.web;
