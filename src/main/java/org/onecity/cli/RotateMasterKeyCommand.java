package org.onecity.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onecity.vault.KeyRotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rotate-master-key", mixinStandardHelpOptions = true,
        description = {"Wrap every data key of the personal-data encryption under a new master key, in one",
                "transaction (no value is re-encrypted). Running nodes keep serving with the keys they hold;",
                "give every node the new key (onecity.sharing.master-key, its environment variable or the key",
                "file) before its next start. Do not run rotate-keys until every node has the new key."})
class RotateMasterKeyCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Option(names = "--new-key-file", required = true, paramLabel = "FILE",
            description = "A file holding the new master key: base64 of 32 random bytes (e.g. `openssl rand -base64 32`).")
    Path newKeyFile;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(newKeyFile)) {
            System.err.println("Cannot read the new key file " + newKeyFile);
            return 2;
        }
        String newKey = Files.readString(newKeyFile, StandardCharsets.US_ASCII);
        try (var ctx = BatchContext.start(options)) {
            var r = ctx.getBean(KeyRotation.class).rewrapMasterKey(newKey);
            System.out.println("Data keys re-wrapped: " + r.dataKeys() + "; master key id " + r.oldMasterKeyId()
                    + " -> " + r.newMasterKeyId());
            System.out.println("Now give every node the new master key before it restarts.");
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
