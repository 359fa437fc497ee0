package dev.csmb.platform.slack;

import dev.csmb.spi.GenerationContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Slack app a configuration describes: how Slack reaches it, its slash command and the names shown in Slack.
 * Every choice the templates and the runtime declaration make about the app is taken here, once.
 *
 * @param http         whether Slack POSTs to the app (HTTP mode) rather than the app opening a socket (Socket Mode)
 * @param slashCommand the app's one slash command, {@code /} and the project's slug, within Slack's 32 characters
 * @param appName      the app's name in Slack: the project name within Slack's 35 characters
 * @param description  the app's short description: the project description within Slack's 140 characters
 */
record SlackApp(boolean http, String slashCommand, String appName, String description) {

    /** Slack's limits on a slash command (with its {@code /}), an app name and a short description. */
    static final int COMMAND_LIMIT = 32;
    static final int NAME_LIMIT = 35;
    static final int DESCRIPTION_LIMIT = 140;

    /** The path Slack POSTs events, commands and interactions to in HTTP mode (Bolt's default). */
    static final String EVENTS_PATH = "/slack/events";

    /** The bot scopes the app needs, sorted: reading mentions, posting replies, its slash command, reading DMs. */
    static final List<String> BOT_SCOPES = List.of("app_mentions:read", "chat:write", "commands", "im:history");

    /** The events the adapter listens to: mentions in channels and messages in the app's DMs. */
    static final List<String> BOT_EVENTS = List.of("app_mention", "message.im");

    static SlackApp of(GenerationContext context) {
        String slug = slugOf(context);
        return new SlackApp("http".equals(context.setting(SlackPlatformGenerator.MODE.name())),
                "/" + trim(slug, COMMAND_LIMIT - 1), cut(context.configuration().projectName(), NAME_LIMIT),
                cut(context.configuration().description(), DESCRIPTION_LIMIT));
    }

    /** What the manifest template sees beside the common model. */
    Map<String, Object> model() {
        return Map.of("slack", Map.of(
                "slashCommand", slashCommand,
                "appName", appName,
                "description", description,
                "eventsPath", EVENTS_PATH,
                "botScopes", BOT_SCOPES,
                "botEvents", BOT_EVENTS));
    }

    /** The npm package name rule of the engine, as far as a slash command needs it: lower case, digits and dashes. */
    private static String slugOf(GenerationContext context) {
        String slug = context.configuration().projectName().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "chat-bot" : slug;
    }

    /** Cuts a slug to {@code limit} characters without leaving a dash at the end. */
    private static String trim(String slug, int limit) {
        String cut = slug.length() <= limit ? slug : slug.substring(0, limit);
        return cut.replaceAll("-+$", "");
    }

    /** Cuts text to {@code limit} code points, never inside a surrogate pair, trimming trailing spaces. */
    static String cut(String text, int limit) {
        String value = text.strip();
        if (value.codePointCount(0, value.length()) <= limit) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, limit)).strip();
    }
}
