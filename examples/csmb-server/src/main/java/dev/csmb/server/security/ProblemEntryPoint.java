package dev.csmb.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A 401 problem for API calls that need sign-in, pointing at where to sign in. */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(("{\"type\":\"urn:csmb:problem:sign-in-required\",\"title\":\"Unauthorized\","
                + "\"status\":401,\"field\":\"session\",\"code\":\"sign-in-required\","
                + "\"detail\":\"sign in first: open /oauth2/authorization/github\"}").getBytes(StandardCharsets.UTF_8));
    }
}
