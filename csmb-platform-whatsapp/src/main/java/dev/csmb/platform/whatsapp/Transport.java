package dev.csmb.platform.whatsapp;

import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The two ways a generated bot reaches WhatsApp, each with its own files, packages and variables. Both write the same
 * adapter contract ({@code src/platform/adapter.js}, {@code src/platform/config.js}), so the rest of the project does
 * not know which one it runs on.
 */
enum Transport {

    /** Meta's official Cloud API: a signed webhook in, the Graph API out. Needs the runtime's HTTP server. */
    CLOUD_API("cloud-api",
            List.of("src/platform/adapter.js", "src/platform/config.js", "src/platform/graph-api.js",
                    "src/platform/webhook.js"),
            List.of("test/platform/cloud-api.test.js")) {
        @Override
        RuntimeSpec runtime() {
            return RuntimeSpec.builder()
                    .servesHttp()
                    .dependency("p-retry", "^9.0.0")
                    .envVar(new EnvVar("WHATSAPP_ACCESS_TOKEN", "",
                            "A system user's permanent access token (Meta Business settings > System users),"
                                    + " with whatsapp_business_messaging.", true, true))
                    .envVar(new EnvVar("WHATSAPP_APP_SECRET", "",
                            "The Meta app's App secret (App settings > Basic); verifies X-Hub-Signature-256.",
                            true, true))
                    .envVar(new EnvVar("WHATSAPP_VERIFY_TOKEN", "",
                            "A random string of yours; enter the same one as the webhook's Verify token in the app.",
                            true, true))
                    .envVar(new EnvVar("WHATSAPP_PHONE_NUMBER_ID", "",
                            "The sending number's Phone number ID (WhatsApp > API Setup).", true, false))
                    .envVar(new EnvVar("WHATSAPP_GRAPH_API_URL", GRAPH_API_URL,
                            "The Graph API base URL, with its version; tests point it at a local fake.",
                            false, false))
                    .readmeTemplate("csmb/whatsapp-web/cloud-api/readme-section.md")
                    .setupStep("Create a Meta app with the WhatsApp product and set WHATSAPP_ACCESS_TOKEN,"
                            + " WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN and WHATSAPP_PHONE_NUMBER_ID in .env.")
                    .setupStep("Expose HTTP_PORT over HTTPS and register <public URL>/whatsapp/webhook as the"
                            + " app's webhook (field: messages).")
                    .build();
        }
    },

    /** whatsapp-web.js: an unofficial client driving WhatsApp Web in Chromium, linked by a QR code. */
    WHATSAPP_WEB("whatsapp-web",
            List.of(".puppeteerrc.cjs", "src/platform/adapter.js", "src/platform/config.js"),
            List.of("test/platform/whatsapp-web.test.js")) {
        @Override
        RuntimeSpec runtime() {
            return RuntimeSpec.builder()
                    .dependency("whatsapp-web.js", "^1.34.7")
                    .dependency("qrcode-terminal", "^0.12.0")
                    .devDependency("@types/qrcode-terminal", "^0.12.2")
                    .envVar(new EnvVar("WHATSAPP_AUTH_DIR", "data/whatsapp-auth",
                            "Where LocalAuth keeps the linked device's session (under data/, so git and Docker"
                                    + " ignore it); keep it private.", false, false))
                    .envVar(new EnvVar("PUPPETEER_EXECUTABLE_PATH", "",
                            "The installed Chromium or Chrome to drive, e.g. /usr/bin/chromium (none is downloaded).",
                            false, false))
                    .readmeTemplate("csmb/whatsapp-web/whatsapp-web/readme-section.md")
                    .setupStep("Install Chromium (e.g. apt install chromium) and set PUPPETEER_EXECUTABLE_PATH;"
                            + " npm install never downloads a browser.")
                    .setupStep("Run npm start and scan the QR code with WhatsApp > Linked devices on the bot's phone.")
                    .build();
        }
    };

    /** The Graph API version the generated code calls; Meta supports each version for about two years. */
    static final String GRAPH_API_URL = "https://graph.facebook.com/v26.0";

    private final String id;
    private final List<String> sources;
    private final List<String> tests;

    Transport(String id, List<String> sources, List<String> tests) {
        this.id = id;
        this.sources = sources;
        this.tests = tests;
    }

    /** What the platform adds to the runtime with this transport. */
    abstract RuntimeSpec runtime();

    String id() {
        return id;
    }

    List<String> sources() {
        return sources;
    }

    List<String> tests() {
        return tests;
    }

    /** The template of a project file: the transport's own folder mirrors the project. */
    String template(String file) {
        return "csmb/" + WhatsAppPlatformGenerator.ID + "/" + id + "/" + file;
    }

    static Transport fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown transport: " + id));
    }
}
