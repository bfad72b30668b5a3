package org.onecity.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onecity.requests.RequestRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Every failure on the Open311 API answers with an Open311 error list in the requested format. */
@RestControllerAdvice(basePackageClasses = Open311Errors.class)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> open311(Open311Error e, HttpServletRequest request) {
        return write(request, e.status, e.items);
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<String> rejected(RequestRejected e, HttpServletRequest request) {
        int status = e.isNotFound() ? 404 : 400;
        return write(request, status, e.problems().stream()
                .map(p -> new Open311Error.Item(p.kind() == RequestRejected.Kind.NOT_FOUND ? 404 : 400, p.message()))
                .toList());
    }

    @ExceptionHandler({MultipartException.class, MaxUploadSizeExceededException.class})
    ResponseEntity<String> multipart(Exception e, HttpServletRequest request) {
        return write(request, 400, List.of(new Open311Error.Item(400,
                "the multipart body could not be read (malformed, or a file over 10 MB)")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<String> mediaType(Exception e, HttpServletRequest request) {
        return write(request, 400, List.of(new Open311Error.Item(400,
                "send application/x-www-form-urlencoded or multipart/form-data")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<String> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return write(request, 405, List.of(new Open311Error.Item(405, "method " + e.getMethod() + " is not allowed here")));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<String> denied(Exception e, HttpServletRequest request) {
        return write(request, 403, List.of(new Open311Error.Item(403, e.getMessage())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        log.error("Open311 call failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return write(request, 500, List.of(new Open311Error.Item(500,
                "the service is not available right now; please try again")));
    }

    private static ResponseEntity<String> write(HttpServletRequest request, int status, List<Open311Error.Item> items) {
        Format f = Format.ofPath(request.getRequestURI());
        return Rendering.render(f, status, "errors",
                items.stream().map(i -> Documents.error(i.code(), i.description())).toList());
    }
}
