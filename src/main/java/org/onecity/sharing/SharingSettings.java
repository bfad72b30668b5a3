package org.onecity.sharing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sharing module ({@code onecity.sharing.*}); the master key, key refresh and
 * rotation batch size under the same prefix belong to the vault ({@code VaultSettings}).
 *
 * @param outbox delivery of events to agency systems
 */
@ConfigurationProperties("onecity.sharing")
public record SharingSettings(@DefaultValue Outbox outbox) {

    /**
     * @param interval     pause between two delivery runs on a node
     * @param batchSize    deliveries one run claims at a time
     * @param maxAttempts  attempts before a delivery is dead-lettered
     * @param backoff      wait after the first failure; doubles with each attempt
     * @param maxBackoff   the longest wait between attempts
     * @param timeout      how long a webhook or Kafka send may take
     * @param kafkaTopic   the Kafka topic request events go to (key = request number)
     * @param retention    how long an event whose every delivery succeeded is kept before pruning
     * @param pruneInterval pause between two pruning runs on a node
     * @param pruneBatchSize events one pruning transaction deletes at most
     */
    public record Outbox(@DefaultValue("2s") Duration interval, @DefaultValue("50") int batchSize,
                         @DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration backoff,
                         @DefaultValue("30m") Duration maxBackoff, @DefaultValue("10s") Duration timeout,
                         @DefaultValue("onecity.requests") String kafkaTopic,
                         @DefaultValue("30d") Duration retention, @DefaultValue("1h") Duration pruneInterval,
                         @DefaultValue("1000") int pruneBatchSize) {
    }
}
