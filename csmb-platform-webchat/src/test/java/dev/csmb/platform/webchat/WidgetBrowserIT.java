package dev.csmb.platform.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.engine.testkit.node.NodeProject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generated widget in a real browser: a project is generated and installed, its server started on a free
 * loopback port, and the demo page opened in Debian's headless Chromium. With the keyboard only, a visitor opens the
 * chat, sends a message and sees the bot's answer; after a reload the conversation is back; a second browser profile
 * is another visitor and sees none of it. Screenshots (desktop and 360 px wide) go to {@code target/screenshots/}.
 */
class WidgetBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String MESSAGE = "hello from the browser";

    @TempDir
    static Path scratch;

    static Process server;
    static String url;

    @BeforeAll
    static void startServer() throws Exception {
        Path dir = WebChatGenerationTests.KIT.with(b -> b
                        .priorities(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT)
                        .features(Feature.CONVERSATION_BRANCHING, Feature.FILE_ATTACHMENTS))
                .generate().writeTo(scratch.resolve("project"));
        NodeProject project = NodeProject.at(dir).install();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        url = "http://127.0.0.1:" + port + "/";
        Map<String, String> env = new HashMap<>(project.toolchain().environment());
        env.putAll(Map.of("WEBCHAT_SECRET", "browser-test-secret-0123456789abcdef0123456789",
                "HTTP_PORT", String.valueOf(port), "HTTP_HOST", "127.0.0.1",
                "SQLITE_PATH", dir.resolve("data/browser.db").toString(), "LOG_LEVEL", "warn"));
        ProcessBuilder builder = new ProcessBuilder(project.toolchain().binDirectory().resolve("node").toString(),
                "src/index.js").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("server.log").toFile());
        builder.environment().putAll(env);
        server = builder.start();
        awaitServer(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void aVisitorChatsWithTheKeyboardOnlyAndFindsTheConversationAfterAReload() throws Exception {
        ChromeDriver first = Browser.start(Files.createDirectories(scratch.resolve("profile-1")));
        ChromeDriver second = null;
        try {
            WebDriverWait wait = new WebDriverWait(first, Duration.ofSeconds(20));
            first.get(url);
            WebElement launcher = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".csmb-wc-launcher")));
            wait.until(d -> "ready".equals(root(d).getDomAttribute("data-state")));

            // Keyboard only: Tab to the launcher, Enter opens the chat and puts the cursor in the message box.
            tabUntil(first, launcher);
            assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(outline(first)).isNotEqualTo("none");
            new Actions(first).sendKeys(Keys.ENTER).perform();
            WebElement input = first.findElement(By.id("csmb-webchat-input"));
            wait.until(d -> input.equals(d.switchTo().activeElement()));
            assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(first.findElement(By.cssSelector("label[for='csmb-webchat-input']")).getText()).isNotBlank();
            WebElement log = first.findElement(By.cssSelector(".csmb-wc-log"));
            assertThat(log.getDomAttribute("role")).isEqualTo("log");
            assertThat(log.getDomAttribute("aria-live")).isEqualTo("polite");

            new Actions(first).sendKeys(MESSAGE).sendKeys(Keys.ENTER).perform();
            wait.until(d -> botSaid(d, "You said \"" + MESSAGE + "\""));
            screenshot(first, "widget-desktop.png");
            first.findElement(By.cssSelector(".csmb-wc-panel")).getScreenshotAs(OutputType.FILE)
                    .renameTo(SCREENSHOTS.resolve("widget-panel.png").toFile());

            // Tab onwards through the widget: the send button and the attach control take focus, visibly.
            new Actions(first).sendKeys(Keys.TAB).perform();
            assertThat(first.switchTo().activeElement().getAttribute("class")).isEqualTo("csmb-wc-send");
            assertThat(outline(first)).isNotEqualTo("none");
            new Actions(first).sendKeys(Keys.TAB).perform();
            assertThat(first.switchTo().activeElement().getAttribute("id")).isEqualTo("csmb-webchat-file");
            // Escape closes the chat and gives the focus back to the launcher.
            new Actions(first).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> launcher.equals(d.switchTo().activeElement()));
            assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("false");

            // A 360 px phone: the open chat fits the screen, nothing scrolls sideways.
            first.manage().window().setSize(new Dimension(360, 740));
            launcher.click();
            wait.until(d -> input.isDisplayed());
            Object overflow = ((JavascriptExecutor) first).executeScript(
                    "const r = document.querySelector('.csmb-wc-panel').getBoundingClientRect();"
                            + "return [window.innerWidth, document.documentElement.scrollWidth, r.left, r.right].join(' ');");
            String[] sizes = String.valueOf(overflow).split(" ");
            assertThat(Double.parseDouble(sizes[0])).as("viewport width").isLessThanOrEqualTo(360);
            assertThat(Double.parseDouble(sizes[1])).as("page width, " + overflow).isLessThanOrEqualTo(Double.parseDouble(sizes[0]));
            assertThat(Double.parseDouble(sizes[2])).as("panel left, " + overflow).isGreaterThanOrEqualTo(0);
            assertThat(Double.parseDouble(sizes[3])).as("panel right, " + overflow).isLessThanOrEqualTo(Double.parseDouble(sizes[0]));
            screenshot(first, "widget-360.png");
            first.manage().window().setSize(new Dimension(1024, 900));

            // A reload: the same visitor (the token in localStorage) sees the conversation again.
            first.navigate().refresh();
            wait.until(d -> "ready".equals(root(d).getDomAttribute("data-state")));
            first.findElement(By.cssSelector(".csmb-wc-launcher")).click();
            List<String> history = messages(first);
            assertThat(history).anyMatch(m -> m.endsWith(": " + MESSAGE));
            assertThat(history).anyMatch(m -> m.contains("You said \"" + MESSAGE + "\""));

            // Another browser profile is another visitor: none of the first one's conversation.
            second = Browser.start(Files.createDirectories(scratch.resolve("profile-2")));
            second.get(url);
            new WebDriverWait(second, Duration.ofSeconds(20))
                    .until(d -> "ready".equals(root(d).getDomAttribute("data-state")));
            second.findElement(By.cssSelector(".csmb-wc-launcher")).click();
            assertThat(messages(second)).isEmpty();
            new Actions(second).sendKeys("<b>not bold</b>").sendKeys(Keys.ENTER).perform();
            new WebDriverWait(second, Duration.ofSeconds(20)).until(d -> botSaid(d, "You said \"<b>not bold</b>\""));
            assertThat(second.findElements(By.cssSelector(".csmb-wc-log b"))).as("text, never HTML").isEmpty();
            assertThat(messages(first)).noneMatch(m -> m.contains("not bold"));
        } finally {
            first.quit();
            if (second != null) {
                second.quit();
            }
        }
    }

    private static WebElement root(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.id("csmb-webchat"));
    }

    private static boolean botSaid(org.openqa.selenium.WebDriver driver, String text) {
        return driver.findElements(By.cssSelector(".csmb-wc-bot")).stream().anyMatch(e -> e.getText().contains(text));
    }

    private static List<String> messages(org.openqa.selenium.WebDriver driver) {
        return driver.findElements(By.cssSelector(".csmb-wc-msg")).stream().map(WebElement::getText).toList();
    }

    /** Presses Tab until {@code target} has the focus, at most 20 times. */
    private static void tabUntil(ChromeDriver driver, WebElement target) {
        for (int i = 0; i < 20 && !target.equals(driver.switchTo().activeElement()); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).as("reached with Tab").isEqualTo(target);
    }

    /** The focused element's outline style: the focus ring a keyboard user sees. */
    private static String outline(ChromeDriver driver) {
        return driver.switchTo().activeElement().getCssValue("outline-style");
    }

    private static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void awaitServer(Duration timeout) throws Exception {
        // HTTP/1.1: the JDK client otherwise asks to upgrade to h2c, and socket.io's upgrade handler ends such a request.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped: " + Files.readString(scratch.resolve("server.log")));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url + "webchat/widget.js"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not answer within " + timeout + ": "
                + Files.readString(scratch.resolve("server.log")));
    }
}
