package org.onecity.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Escalation job settings ({@code onecity.sla.*}).
 *
 * @param escalationInterval pause between two runs of the escalation job on a node
 * @param batchSize          clocks one transaction claims; a run takes batches until none are left
 */
@ConfigurationProperties("onecity.sla")
public record SlaSettings(@DefaultValue("1m") Duration escalationInterval,
                          @DefaultValue("200") int batchSize) {

    public SlaSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("onecity.sla.batch-size must be at least 1");
        }
    }
}
