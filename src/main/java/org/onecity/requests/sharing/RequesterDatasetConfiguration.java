package org.onecity.requests.sharing;

import org.onecity.sharing.Dataset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the requester dataset, so agreements can be written over its fields on the admin pages. */
@Configuration(proxyBeanMethods = false)
class RequesterDatasetConfiguration {

    @Bean
    Dataset requesterDatasetDefinition() {
        return new Dataset(RequesterFields.DATASET, RequesterFields.ALL);
    }
}
