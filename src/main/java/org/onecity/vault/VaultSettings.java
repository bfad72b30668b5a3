package org.onecity.vault;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the field encryption and blind indexes. They keep the names they had when the vault was
 * part of sharing ({@code onecity.sharing.*}); sharing's own settings bind the same prefix.
 *
 * @param masterKey         the master key (base64 of 32 bytes) that wraps the data keys; for external
 *                          deployments give it through the environment ({@code ONECITY_SHARING_MASTERKEY})
 * @param masterKeyFile     where the master key is kept when no {@code master-key} is given
 *                          (default {@code <data-dir>/keys/master.key}, created on first start)
 * @param keyRefresh        how often a node looks for a newer data key (rotation without downtime)
 * @param rotationBatchSize rows one transaction re-encrypts during {@code rotate-keys}
 */
@ConfigurationProperties("onecity.sharing")
public record VaultSettings(String masterKey, Path masterKeyFile,
                            @DefaultValue("30s") Duration keyRefresh,
                            @DefaultValue("500") int rotationBatchSize) {
}
