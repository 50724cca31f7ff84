package org.defencetracker.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.defencetracker.client.api.TokensApi;
import org.defencetracker.client.model.Problem;
import org.defencetracker.client.model.TokenInput;
import org.defencetracker.client.model.TokenJson;

/**
 * The running tracker the tests use, reached through the generated client only: its address comes from the system
 * property {@code tracker.url}, an editor's account from {@code TRACKER_USERNAME} and {@code TRACKER_PASSWORD} in
 * the environment (the embedded demo's editor when they are not set).
 */
final class Tracker {

    static final String URL = System.getProperty("tracker.url", "http://localhost:8080");
    private static final String USERNAME = System.getenv().getOrDefault("TRACKER_USERNAME", "editor");
    private static final String PASSWORD = System.getenv().getOrDefault("TRACKER_PASSWORD", "defence-demo-2025");

    private Tracker() {}

    /** A client that sends no credentials, as a reader would. */
    static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(URL);
        return client;
    }

    /** A client that signs every request with the account's password (HTTP Basic), as older clients do. */
    static ApiClient withPassword() {
        String credentials = Base64.getEncoder()
                .encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
    }

    /** A client that sends {@code token} as a bearer token. */
    static ApiClient withToken(String token) {
        return anonymous().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    /** A new token of the account's, issued with its password; the answer is the only place its secret is. */
    static TokenJson issueToken(boolean canWrite) throws ApiException {
        TokenInput input = new TokenInput()
                .name("client test " + UUID.randomUUID())
                .canWrite(canWrite)
                .days(1);
        return new TokensApi(withPassword()).createToken(input);
    }

    /** The problem details an error answer holds, read as the document's {@code Problem}. */
    static Problem problem(ApiException refused) throws Exception {
        return new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    }
}
