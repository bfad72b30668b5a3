package org.onecity.requests;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos live in the database, written in the same transaction as their request. */
@Repository
class MediaStore {

    private final JdbcClient jdbc;

    MediaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String store(long requestId, MediaUpload upload, String contentType, Instant at) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into requests.media (id, request_id, content_type, filename, size_bytes, sha256, content, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, requestId, contentType, upload.filename(), upload.content().length,
                        sha256(upload.content()), upload.content(), RequestRepository.ts(at))
                .update();
        return id;
    }

    Optional<MediaFile> find(String id) {
        return jdbc.sql("select id, content_type, filename, content, sha256 from requests.media where id = ?")
                .param(id).query((rs, n) -> new MediaFile(rs.getString("id"), rs.getString("content_type"),
                        rs.getString("filename"), rs.getBytes("content"), rs.getString("sha256")))
                .optional();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
