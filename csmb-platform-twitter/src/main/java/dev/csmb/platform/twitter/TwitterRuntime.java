package dev.csmb.platform.twitter;

import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;

/** What a Twitter/X project adds to the shared runtime: the SDK, the OAuth 1.0a user tokens and the poll interval. */
final class TwitterRuntime {

    /** The SDK's current release (npm view twitter-api-v2 version). */
    static final String SDK_VERSION = "^1.29.1";

    static final String POLL_SECONDS_DEFAULT = "300";

    private TwitterRuntime() {
    }

    /** The runtime part; with direct messages the access token needs one more permission, which its comment says. */
    static RuntimeSpec of(boolean directMessages) {
        String permission = directMessages ? "Read, write and Direct Messages" : "Read and write";
        return RuntimeSpec.builder()
                .dependency("twitter-api-v2", SDK_VERSION)
                .envVar(new EnvVar("TWITTER_API_KEY", "",
                        "API Key (consumer key): X developer portal > your app > Keys and tokens.", true, true))
                .envVar(new EnvVar("TWITTER_API_SECRET", "",
                        "API Key Secret (consumer secret), from the same page.", true, true))
                .envVar(new EnvVar("TWITTER_ACCESS_TOKEN", "",
                        "Access Token of the bot account, generated after setting the app's permission to "
                                + permission + ".", true, true))
                .envVar(new EnvVar("TWITTER_ACCESS_SECRET", "",
                        "Access Token Secret, generated with the access token.", true, true))
                .envVar(new EnvVar("TWITTER_POLL_SECONDS", POLL_SECONDS_DEFAULT,
                        "Seconds between two polls; each poll is one paid read request"
                                + (directMessages ? " for mentions and one for direct messages." : "."),
                        false, false))
                .readmeTemplate("csmb/" + TwitterPlatformGenerator.ID + "/readme-section.md")
                .setupStep("Create an app in the X developer portal (a paid API plan), set its permission to "
                        + permission + ", and put its four keys and tokens in .env")
                .build();
    }
}
