package org.onecity.requests.web;

import java.time.Duration;
import org.onecity.requests.RequestQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves request photos by their id (the media_url of the Open311 API). */
@RestController
class MediaController {

    private final RequestQueries queries;

    MediaController(RequestQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/media/{id}")
    ResponseEntity<byte[]> media(@PathVariable String id) {
        return queries.media(id)
                .map(m -> ResponseEntity.ok().contentType(MediaType.parseMediaType(m.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                        .eTag(m.sha256()).header("X-Content-Type-Options", "nosniff").body(m.content()))
                .orElse(ResponseEntity.notFound().build());
    }
}
