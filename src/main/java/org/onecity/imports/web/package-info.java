/** The admin JSON API for imports: upload, live progress, data-quality report (JSON and CSV). */
package org.onecity.imports.web;
