package dev.csmb.server.security;

import dev.csmb.server.ServerProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Security headers, CORS and the optional GitHub sign-in.
 *
 * <p>CSRF tokens are off: every state-changing endpoint takes {@code application/json}, which a cross-site form
 * cannot send and a cross-site script can only send after a CORS preflight this server refuses for origins not
 * configured; the session cookie (only with sign-in on) is {@code SameSite=Lax}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Scripts, styles, fonts and images only from this server; no inline script, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** Swagger UI sets inline styles; its scripts stay as strict as the wizard's. */
    static final String SWAGGER_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServerProperties properties) throws Exception {
        RequestMatcher swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                                new StaticHeadersWriter("Content-Security-Policy", CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                                new StaticHeadersWriter("Content-Security-Policy", SWAGGER_CSP)))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=()")));
        if (properties.signIn()) {
            http.authorizeHttpRequests(auth -> auth
                            .requestMatchers(HttpMethod.POST, "/api/v1/build/save").authenticated()
                            .requestMatchers(HttpMethod.GET, "/api/v1/build/*").authenticated()
                            .anyRequest().permitAll())
                    .oauth2Login(Customizer.withDefaults())
                    .exceptionHandling(e -> e.authenticationEntryPoint(new ProblemEntryPoint()));
        } else {
            http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        }
        return http.build();
    }

    /** No user names or passwords: sign-in, when on, is GitHub's. Also stops Boot from making a default user. */
    @Bean
    UserDetailsService noLocalUsers() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(ServerProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(List.copyOf(properties.corsOrigins()));
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Content-Type", "Authorization"));
        cors.setExposedHeaders(List.of("Content-Disposition", "Retry-After"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
