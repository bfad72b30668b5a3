package org.onecity.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.onecity.accounts.StaffAccounts;
import org.onecity.accounts.StaffUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session true to the account on every request: a disabled or removed account,
 * or one whose password an admin reset, is signed out at once; changed roles, agency or name take
 * effect at once; a person holding a temporary password sees only the "change your password" page.
 */
class StaffSessionFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/account/password";

    private final StaffAccounts accounts;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    StaffSessionFilter(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StaffUser held)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffUser> fresh = accounts.find(held.username());
        if (fresh.isEmpty() || !fresh.get().enabled() || !fresh.get().passwordHash().equals(held.passwordHash())) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?ended");
            return;
        }
        StaffUser now = fresh.get();
        if (!now.equals(held)) {
            SecurityContext updated = SecurityContextHolder.createEmptyContext();
            updated.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
            SecurityContextHolder.setContext(updated);
            sessions.saveContext(updated, request, response);
        }
        String path = request.getServletPath();
        if (now.mustChangePassword() && !allowedWhileTemporary(path)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowedWhileTemporary(String path) {
        return path.equals(CHANGE_PASSWORD) || path.equals("/logout") || path.equals("/error")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/assets/") || path.equals("/favicon.ico");
    }

    /** Called after the person changed their own password: the session carries the new account. */
    static void refresh(StaffAccounts accounts, String username, HttpServletRequest request, HttpServletResponse response) {
        accounts.find(username).ifPresent(now -> {
            SecurityContext updated = SecurityContextHolder.createEmptyContext();
            updated.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
            SecurityContextHolder.setContext(updated);
            new HttpSessionSecurityContextRepository().saveContext(updated, request, response);
        });
    }
}
