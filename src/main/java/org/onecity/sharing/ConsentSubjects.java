package org.onecity.sharing;

import org.onecity.vault.PersonKeyColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the consent subjects that are person keys to the vault, so an index-key rotation moves
 * them to the next key ({@code subject_key} names the key each was computed under).
 */
@Configuration(proxyBeanMethods = false)
class ConsentSubjects {

    @Bean
    PersonKeyColumn consentSubjectKeys() {
        return new PersonKeyColumn("sharing.consent", "subject", "subject_key");
    }
}
