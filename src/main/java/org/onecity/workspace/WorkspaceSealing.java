package org.onecity.workspace;

import org.onecity.vault.SealedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the contact log's sealed columns to the sharing module, so key rotation re-encrypts them too. */
@Configuration(proxyBeanMethods = false)
class WorkspaceSealing {

    @Bean
    SealedTable contactTable() {
        return Contacts.TABLE;
    }
}
