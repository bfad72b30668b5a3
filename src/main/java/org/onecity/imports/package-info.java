/**
 * Imports: declarative source mappings (YAML), streaming import of foreign CSV / JSON files mapped into the
 * requests module's bulk row format ({@code StagedRow}) and loaded through its bulk API, resumable runs and
 * data-quality reports; and the synthetic data generator.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "catalog", "geo", "platform",
    "shared"})
package org.onecity.imports;
