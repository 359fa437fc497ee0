package dev.csmb.integrations.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one HTTP layer both services use: JSON over the JDK's {@link HttpClient}, with a timeout per answer, a
 * client-side rate limit per {@link ApiRequest#limiterKey() key}, and retries with exponential backoff and jitter
 * on 429, 5xx and connection failures that honour {@code Retry-After} (Failsafe does the waiting). Creates are
 * not retried when the service may have acted: they end in an {@link AmbiguousResultException} instead.
 *
 * <p>Thread-safe. The token goes into the authorization header and nowhere else.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Failsafe spreads each wait by this fraction either way, so retries from many clients do not align. */
    private static final double JITTER = 0.25;
    /** Tells Failsafe to use its exponential backoff for this wait. */
    private static final Duration USE_BACKOFF = Duration.ofNanos(-1);

    private final String service;
    private final HttpSettings settings;
    private final Map<String, String> headers;
    private final ErrorDecoder decoder;
    private final HttpClient http;
    private final RetryPolicy<JsonNode> idempotentRetries;
    private final RetryPolicy<JsonNode> createRetries;
    private final Map<String, RateLimiter<JsonNode>> limiters = new ConcurrentHashMap<>();

    /**
     * @param service      the service's name for messages, for example {@code "Notion"}
     * @param settings     where and how to call
     * @param token        sent as {@code Authorization: Bearer …}
     * @param extraHeaders further headers on every request, for example {@code Notion-Version}
     * @param decoder      reads the service's error answers
     */
    public ApiClient(String service, HttpSettings settings, Secret token, Map<String, String> extraHeaders,
            ErrorDecoder decoder) {
        this.service = Objects.requireNonNull(service, "service must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        Objects.requireNonNull(token, "token must not be null");
        Map<String, String> all = new TreeMap<>(Objects.requireNonNull(extraHeaders, "extraHeaders must not be null"));
        all.put("Authorization", "Bearer " + token.reveal());
        all.put("Accept", "application/json");
        this.headers = Map.copyOf(all);
        this.decoder = Objects.requireNonNull(decoder, "decoder must not be null");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.idempotentRetries = retries(true);
        this.createRetries = retries(false);
    }

    /** The settings in use. */
    public HttpSettings settings() {
        return settings;
    }

    /**
     * Sends the request and returns the JSON answer ({@link MissingNode} for an empty body).
     *
     * @throws ServiceException         the service answered with an error (after retries, for transient ones)
     * @throws AmbiguousResultException a create may or may not have happened
     * @throws IntegrationException     the service could not be reached or did not answer in time
     */
    public JsonNode send(ApiRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        RetryPolicy<JsonNode> retries = request.kind() == ApiRequest.Kind.CREATE ? createRetries : idempotentRetries;
        RateLimiter<JsonNode> limiter = limiters.computeIfAbsent(request.limiterKey(),
                key -> RateLimiter.<JsonNode>smoothBuilder(settings.requestsPerSecond(), Duration.ofSeconds(1))
                        .withMaxWaitTime(Duration.ofMinutes(5)).build());
        try {
            return Failsafe.with(retries).compose(limiter).get(() -> attempt(request));
        } catch (FailsafeException e) {
            throw new IntegrationException(service + " call failed: " + e.getMessage(), e.getCause());
        }
    }

    private RetryPolicy<JsonNode> retries(boolean idempotent) {
        return RetryPolicy.<JsonNode>builder()
                .handleIf(failure -> retryable(failure, idempotent))
                .abortIf((result, failure) -> tooLongToWait(failure))
                .withBackoff(settings.backoff(), settings.maxBackoff())
                .withJitter(JITTER)
                .withDelayFn(context -> atLeast(serviceWait(context.getLastException())))
                .withMaxRetries(settings.maxRetries())
                .build();
    }

    private static boolean retryable(Throwable failure, boolean idempotent) {
        if (failure instanceof ServiceException e) {
            return idempotent ? e.isTransient() : e.status() == 429;
        }
        if (failure instanceof TransportFailure e) {
            return idempotent || e.surelyNotSent();
        }
        return false;
    }

    /**
     * A wait the service asked for is a minimum: scaled so that Failsafe's jitter (which spreads every delay either
     * way) only ever lengthens it.
     */
    private static Duration atLeast(Duration wait) {
        return wait == null ? USE_BACKOFF : Duration.ofNanos((long) Math.ceil(wait.toNanos() / (1 - JITTER)));
    }

    private boolean tooLongToWait(Throwable failure) {
        Duration wait = serviceWait(failure);
        return wait != null && wait.compareTo(settings.maxRetryAfter()) > 0;
    }

    /** The wait the service asked for, or after a 429 the configured one; {@code null} means "use backoff". */
    private Duration serviceWait(Throwable failure) {
        if (failure instanceof ServiceException e) {
            if (e.retryAfter().isPresent()) {
                return e.retryAfter().get();
            }
            if (e.status() == 429) {
                return settings.waitAfter429();
            }
        }
        return null;
    }

    private JsonNode attempt(ApiRequest request) {
        HttpRequest httpRequest = build(request);
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegrationException(service + " call interrupted: " + describe(request), e);
        } catch (IOException e) {
            throw transportFailure(request, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return parse(response.body(), request);
        }
        ServiceException error = decoder.decode(status, response.body(), response.headers(),
                RetryAfter.parse(response.headers(), Instant.now()));
        if (request.kind() == ApiRequest.Kind.CREATE && status >= 500) {
            throw new AmbiguousResultException(service + " answered " + status + " to " + describe(request)
                    + "; it may have been created" + error.requestId().map(id -> " [request id " + id + "]").orElse(""),
                    error);
        }
        throw error;
    }

    private IntegrationException transportFailure(ApiRequest request, IOException e) {
        boolean notSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
        String what = e instanceof HttpConnectTimeoutException ? "could not connect within "
                + seconds(settings.connectTimeout())
                : e instanceof HttpTimeoutException ? "did not answer within " + seconds(settings.requestTimeout())
                : e instanceof ConnectException ? "could not be reached at " + settings.baseUri()
                : "dropped the connection";
        String message = service + " " + what + " (" + describe(request) + ")";
        if (!notSent && request.kind() == ApiRequest.Kind.CREATE) {
            return new AmbiguousResultException(message + "; it may have been created", e);
        }
        return new TransportFailure(message, notSent, e);
    }

    private HttpRequest build(ApiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.path())).timeout(settings.requestTimeout());
        headers.forEach(builder::header);
        HttpRequest.BodyPublisher body = request.body().map(ApiClient::write)
                .map(text -> HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .orElse(HttpRequest.BodyPublishers.noBody());
        if (request.body().isPresent()) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(request.method(), body).build();
    }

    private URI uri(String path) {
        String base = settings.baseUri().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String body, ApiRequest request) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IntegrationException(service + " answered " + describe(request) + " with invalid JSON", e);
        }
    }

    private static String describe(ApiRequest request) {
        int query = request.path().indexOf('?');
        return request.method() + " " + (query < 0 ? request.path() : request.path().substring(0, query));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public String toString() {
        return "ApiClient[" + service + " at " + settings.baseUri() + "]";
    }
}
