package dev.csmb.server.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/** Who is calling: a signed-in user's stable id ({@code github:<numeric id>}), or nobody. */
@Component
public class Caller {

    /** The signed-in user, or empty (always empty while sign-in is off). */
    public Optional<String> id() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token && token.isAuthenticated()) {
            // The numeric id, not the login: a GitHub login can be renamed and then taken by someone else.
            return Optional.of(token.getAuthorizedClientRegistrationId() + ":" + token.getName());
        }
        return Optional.empty();
    }
}
