package org.onecity.people.registry;

import java.util.List;
import org.onecity.sharing.Dataset;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.SealedTable;
import org.onecity.vault.SealedTable.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares people.person's sealed columns (so master-key rotation re-seals them) and the dataset
 * agreements can name. The name index hashes several fields: their normalised join is sealed as
 * {@code name_key}, so an index-key rotation recomputes it like the others.
 */
@Configuration(proxyBeanMethods = false)
class PeopleSealing {

    static final SealedTable TABLE = new SealedTable("people.person", "id", List.of(
            Column.indexed("curp", BlindIndex.CURP, "curp_index"),
            Column.sealed("given_names"), Column.sealed("first_surname"), Column.sealed("second_surname"),
            Column.sealed("birth_date"),
            Column.indexed("phone", BlindIndex.PHONE, "phone_index"),
            Column.indexed("email", BlindIndex.EMAIL, "email_index"),
            Column.sealed("address"),
            Column.indexed("name_key", BlindIndex.PERSON_NAME, "name_index")));

    @Bean
    SealedTable personTable() {
        return TABLE;
    }

    @Bean
    Dataset personDataset() {
        return new Dataset(PersonFields.DATASET, PersonFields.ALL);
    }
}
