package org.onecity.imports.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the multipart limit fails as soon as anything reads the form (the CSRF check does,
 * before any controller); on the admin import page it comes back to the page with a clear message
 * that names the command line for big files, instead of a bare 413. Runs before the security filters.
 */
@Component
@Order(-110)
class ImportUploadTooLarge extends OncePerRequestFilter {

    static final String PAGE = "/admin/imports";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || !PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            if (!tooLarge(e)) {
                throw e;
            }
            response.sendRedirect(request.getContextPath() + PAGE + "?problem=tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("exceed")) {
                return true;
            }
        }
        return false;
    }
}
