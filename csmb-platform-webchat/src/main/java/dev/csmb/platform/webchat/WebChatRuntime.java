package dev.csmb.platform.webchat;

import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;

/**
 * What the web chat adds to the runtime, per configuration: it always serves HTTP (the widget, the demo page and
 * socket.io on the runtime's express server), signs visitor tokens with {@code jose}, and with real-time-sync joins
 * instances with the socket.io Redis adapter.
 */
final class WebChatRuntime {

    static final EnvVar SECRET = new EnvVar("WEBCHAT_SECRET", "",
            "Signs the visitors' tokens, so a visitor keeps their session across reloads: a long random string"
                    + " (openssl rand -hex 32). Changing it starts everyone afresh.", true, true);
    static final EnvVar ORIGINS = new EnvVar("WEBCHAT_ALLOWED_ORIGINS", "",
            "Comma-separated origins of the sites that embed the widget (https://www.example.com); the server's own"
                    + " pages are always allowed.", false, false);
    static final EnvVar AUTH_SECRET = new EnvVar("WEBCHAT_AUTH_SECRET", "",
            "The secret your site signs visitors' tokens with (HS256 JWT, the user id in sub); only signed-in"
                    + " visitors can chat.", true, true);
    static final EnvVar HISTORY = new EnvVar("WEBCHAT_HISTORY_MESSAGES", "50",
            "How many messages of the active session a visitor sees again after a reload.", false, false);

    private WebChatRuntime() {
    }

    static RuntimeSpec of(boolean userAuthentication, boolean realTimeSync, boolean tests) {
        RuntimeSpec.Builder spec = RuntimeSpec.builder()
                .servesHttp()
                .dependency("socket.io", WebChatPlatformGenerator.SOCKET_IO)
                .dependency("jose", WebChatPlatformGenerator.JOSE)
                .envVar(SECRET)
                .envVar(ORIGINS)
                .envVar(HISTORY)
                .readmeTemplate("csmb/" + WebChatPlatformGenerator.ID + "/readme-section.md")
                .setupStep("Set WEBCHAT_SECRET in .env to a long random string (openssl rand -hex 32), run npm start"
                        + " and open http://127.0.0.1:3000/ to try the widget.");
        if (userAuthentication) {
            spec.envVar(AUTH_SECRET).setupStep("Set WEBCHAT_AUTH_SECRET to the secret your site signs its"
                    + " visitors' tokens with (HS256, the user id in sub).");
        }
        if (realTimeSync) {
            spec.dependency("@socket.io/redis-adapter", WebChatPlatformGenerator.REDIS_ADAPTER);
        }
        if (tests) {
            spec.devDependency("socket.io-client", WebChatPlatformGenerator.SOCKET_IO);
        }
        return spec.build();
    }
}
