package org.onecity.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onecity.accounts.LoginThrottle;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Counts the failure; says "locked" once this failure reaches the limit, else "wrong username or password". */
class LoginFailure implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailure(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        throttle.failed(username, request.getRemoteAddr());
        boolean locked = throttle.locked(username, request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
    }
}
