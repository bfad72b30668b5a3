/**
 * Imports: declarative source mappings (YAML), streaming import of foreign CSV / JSON files through
 * PostgreSQL COPY into staging and the requests module's bulk API, resumable runs and data-quality reports;
 * and the synthetic data generator.
 */
package org.onecity.imports;
