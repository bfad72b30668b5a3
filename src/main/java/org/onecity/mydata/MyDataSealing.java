package org.onecity.mydata;

import java.util.List;
import org.onecity.vault.SealedTable;
import org.onecity.vault.SealedTable.Column;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares mydata's sealed column to the sharing module, so key rotation re-encrypts it too. The
 * table began in the messaging schema and its values stay bound to that first name, so rows sealed
 * before the move and after it open alike.
 */
@Configuration(proxyBeanMethods = false)
class MyDataSealing {

    static final SealedTable PERSON_LINK_ASK = new SealedTable("mydata.person_link_ask", "id",
            List.of(Column.sealed("curp"))).sealedAs("messaging.person_link_ask");

    @Bean
    SealedTable personLinkAskTable() {
        return PERSON_LINK_ASK;
    }
}
