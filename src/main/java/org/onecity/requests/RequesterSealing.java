package org.onecity.requests;

import java.util.List;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.SealedTable;
import org.onecity.vault.SealedTable.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares requests.requester's sealed columns to the vault (for key rotation). */
@Configuration(proxyBeanMethods = false)
class RequesterSealing {

    static final SealedTable TABLE = new SealedTable("requests.requester", "request_id", List.of(
            Column.sealed("first_name"), Column.sealed("last_name"),
            Column.indexed("email", BlindIndex.EMAIL, "email_index"),
            Column.indexed("phone", BlindIndex.PHONE, "phone_index"),
            Column.sealed("device_id"), Column.sealed("account_id")));

    @Bean
    SealedTable requesterTable() {
        return TABLE;
    }
}
