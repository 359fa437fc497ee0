package dev.csmb.platform.slack;

import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;

/** What a Slack app adds to the shared runtime: Bolt, its variables, its README section and setup steps. */
final class SlackRuntime {

    static final EnvVar BOT_TOKEN = new EnvVar("SLACK_BOT_TOKEN", "",
            "The bot token (xoxb-...): api.slack.com/apps, your app, OAuth & Permissions, Bot User OAuth Token.",
            true, true);
    static final EnvVar APP_TOKEN = new EnvVar("SLACK_APP_TOKEN", "",
            "An app-level token (xapp-...) with connections:write: your app's Basic Information, App-Level Tokens.",
            true, true);
    static final EnvVar SIGNING_SECRET = new EnvVar("SLACK_SIGNING_SECRET", "",
            "The signing secret that proves a request comes from Slack: Basic Information, App Credentials.",
            true, true);
    static final EnvVar API_URL = new EnvVar("SLACK_API_URL", "https://slack.com/api/",
            "Slack's Web API base URL (GovSlack: https://slack-gov.com/api/).", false, false);

    private SlackRuntime() {
    }

    static RuntimeSpec of(SlackApp app, boolean includeTests) {
        RuntimeSpec.Builder spec = RuntimeSpec.builder()
                .dependency("@slack/bolt", "^5.1.0")
                // Bolt's typings name express' (a peer dependency of Bolt); the runtime's HTTP server uses the same.
                .devDependency("@types/express", "^5.0.6")
                .envVar(BOT_TOKEN)
                .envVar(app.http() ? SIGNING_SECRET : APP_TOKEN)
                .envVar(API_URL)
                .readmeTemplate("csmb/" + SlackPlatformGenerator.ID + "/readme-section.md")
                .setupStep("Create the Slack app from manifest.json: api.slack.com/apps, Create New App, From a"
                        + " manifest" + (app.http() ? " (first replace https://example.com with your public URL)" : ""))
                .setupStep("Install the app to your workspace and put its Bot User OAuth Token in SLACK_BOT_TOKEN")
                .setupStep(app.http()
                        ? "Put the app's Signing Secret (Basic Information) in SLACK_SIGNING_SECRET"
                        : "Create an app-level token with connections:write (Basic Information) and put it in"
                                + " SLACK_APP_TOKEN")
                .setupStep("Mention the app in a channel, write to it directly, or type " + app.slashCommand()
                        + " help");
        if (app.http()) {
            spec.servesHttp();
        } else if (includeTests) {
            // Only the tests' fake Socket Mode server needs them.
            spec.devDependency("ws", "^8.23.0").devDependency("@types/ws", "^8.18.1");
        }
        return spec.build();
    }
}
