package org.onecity.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.onecity.accounts.LoginThrottle;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Clears the username's failures, then continues to the page asked for (or the staff home). */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginThrottle throttle;

    LoginSuccess(LoginThrottle throttle) {
        this.throttle = throttle;
        setDefaultTargetUrl("/staff");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        throttle.succeeded(authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
