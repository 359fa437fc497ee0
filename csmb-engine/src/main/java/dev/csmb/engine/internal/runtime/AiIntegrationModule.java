package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AI integration: plain messages are answered by an OpenAI-compatible chat completions API, over {@code fetch}, with
 * the session's recent messages as the conversation.
 */
final class AiIntegrationModule implements RuntimeModule {

    @Override
    public String id() {
        return "ai-integration";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.AI_INTEGRATION);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> files = new ArrayList<>(List.of("src/core/ai-integration.js", "locales/ai-integration.en.json"));
        if (selection.has(Feature.MULTI_LANGUAGE)) {
            files.addAll(List.of("locales/ai-integration.es.json", "locales/ai-integration.de.json"));
        }
        return List.copyOf(files);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/core/ai-integration.test.js", "test/transcripts/ai-integration.test.js");
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return Map.of("p-retry", RetryModule.P_RETRY);
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.requiredSecret("AI_API_KEY", "The API key of your OpenAI-compatible provider; sent as a"
                        + " Bearer token and never logged."),
                EnvVars.optional("AI_BASE_URL", "https://api.openai.com/v1", "The API's base URL; any"
                        + " OpenAI-compatible server works (a local one, a proxy, another provider)."),
                EnvVars.optional("AI_MODEL", "gpt-4o-mini", "The model that answers."),
                EnvVars.optional("AI_TIMEOUT_MS", "30000", "How long to wait for the model, in milliseconds,"
                        + " before the user gets an apology instead."),
                EnvVars.optional("AI_CONTEXT_MESSAGES", "20", "How many of the session's latest messages are sent"
                        + " to the model."));
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return Optional.of("src/core/ai-integration.js");
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return Optional.of("partials/readme/ai-integration.md.hbs");
    }
}
