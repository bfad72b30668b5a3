package org.onecity.vault.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.onecity.platform.OneCitySettings;
import org.onecity.vault.VaultSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the master key, which never enters the database: the {@code onecity.sharing.master-key}
 * property (or its environment variable) first, else the key file, which is created on first start.
 */
public final class MasterKeySource {

    private static final Logger log = LoggerFactory.getLogger(MasterKeySource.class);

    private MasterKeySource() {
    }

    public static SecretKey load(VaultSettings settings, OneCitySettings onecity) {
        if (settings.masterKey() != null && !settings.masterKey().isBlank()) {
            return decode(settings.masterKey().strip(), "onecity.sharing.master-key");
        }
        Path file = settings.masterKeyFile() != null ? settings.masterKeyFile()
                : onecity.dataDir().resolve("keys").resolve("master.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            return create(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the master key file " + file, e);
        }
    }

    private static synchronized SecretKey create(Path file) throws IOException {
        if (Files.exists(file)) {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the directory's permissions apply
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        log.warn("Created a new master key in {}. Back it up apart from the database: without it the personal "
                + "data cannot be read.", file.toAbsolutePath());
        return new SecretKeySpec(key, "AES");
    }

    /** A master key from its base64 text; fails with a clear message unless it is 32 bytes. */
    public static SecretKey decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key in " + where + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("The master key in " + where + " must be 32 bytes (base64 of 32 bytes)");
        }
        return new SecretKeySpec(key, "AES");
    }
}
