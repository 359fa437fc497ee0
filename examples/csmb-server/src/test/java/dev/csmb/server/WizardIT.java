package dev.csmb.server;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The wizard in a real browser (Debian's headless Chromium): every step with the mouse and once with the keyboard
 * only; Telegram's settings step and the session sink; the downloaded zip holds exactly what {@code csmb generate} writes; step 7 creates a Notion database in a
 * fake Notion on loopback. Screenshots of every step go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "csmb.rate-limit.requests=100000")
class WizardIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final String NAME = "Browser Bot";
    static final String DESCRIPTION = "A terminal bot configured in the csmb web wizard.";

    static final WireMockServer NOTION = FakeServices.start();
    static final String TOKEN = "ntn_WIZARDTESTTOKEN_0123456789";
    static final String PAGE = "af5f89b5-a8ff-4c56-a5e8-69797d11b9f8";
    static final String DATABASE = "842a0286-cef0-46a8-abba-eac4c8ca644e";

    @DynamicPropertySource
    static void notion(DynamicPropertyRegistry registry) {
        registry.add("csmb.notion-url", () -> FakeServices.url(NOTION));
    }

    @AfterAll
    static void stopNotion() {
        NOTION.stop();
    }

    @Value("${local.server.port}")
    int port;

    @TempDir
    Path scratch;

    ChromeDriver driver;
    WebDriverWait wait;
    Path downloads;
    String run;

    @BeforeEach
    void open(TestInfo test) throws IOException {
        downloads = Files.createDirectories(scratch.resolve("downloads"));
        driver = Browser.start(Files.createDirectories(scratch.resolve("profile")), downloads);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        run = test.getTestMethod().orElseThrow().getName().startsWith("mouse") ? "mouse" : "keyboard";
        Files.createDirectories(SCREENSHOTS);
        driver.get("http://127.0.0.1:" + port + "/");
        waitForStep(1);
    }

    @AfterEach
    void close() {
        driver.quit();
    }

    @Test
    void mouseWalkThroughEveryStepGoBackOnceAndDownload() throws IOException {
        // Step 1: a validation message appears under the field while typing, and clears when fixed.
        WebElement name = driver.findElement(By.id("projectName"));
        name.sendKeys("ab");
        wait.until(ExpectedConditions.textToBe(By.id("error-projectName"), "must be between 3 and 50 characters long"));
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        screenshot(1);
        name.clear();
        name.sendKeys(NAME);
        wait.until(ExpectedConditions.textToBe(By.id("error-projectName"), ""));
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("false");
        driver.findElement(By.id("description")).sendKeys(DESCRIPTION);
        fitsIn360Pixels();
        next(2);

        // Step 2: defaults come from the platform; add one.
        assertThat(driver.findElement(By.id("priorities-session-management")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("label[for='priorities-scalability']")).click();
        screenshot(2);
        next(3);

        // Go back once: the answer is kept.
        driver.findElement(By.id("back")).click();
        waitForStep(2);
        assertThat(driver.findElement(By.id("priorities-scalability")).isSelected()).isTrue();
        next(3);

        driver.findElement(By.cssSelector("label[for='features-custom-commands']")).click();
        screenshot(3);
        next(4);
        screenshot(4);
        next(5);

        // Review: the files that will be generated.
        List<String> listed = driver.findElements(By.cssSelector("ul.files li")).stream().map(WebElement::getText)
                .toList();
        BuildConfiguration expected = expected();
        assertThat(listed).isEqualTo(Configs.ENGINE.generate(expected).files().stream().map(f -> f.path()).toList());
        screenshot(5);
        fitsIn360Pixels();
        next(6);
        screenshot(6);
        driver.findElement(By.id("download")).click();
        assertDownloadEqualsCliOutput(expected);
        next(7);
        createNotionDatabase();
        screenshot(7);
        next(8);
        assertThat(driver.findElement(By.id("next-steps")).getText()).contains("Unzip browser-bot.zip");
        assertThat(driver.findElement(By.cssSelector("pre")).getText()).contains("NOTION_DATABASE_ID=" + DATABASE);
        screenshot(8);
        readmeScreenshot();
    }

    @Test
    void keyboardOnlyWalkThroughEveryStepAndDownload() throws IOException {
        assertThat(active().getAttribute("id")).isEqualTo("step-heading");
        tabTo("projectName");
        type(NAME);
        tabTo("description");
        type(DESCRIPTION);
        screenshot(1);
        pressNext(2);
        tabTo("priorities-scalability");
        type(Keys.SPACE);
        screenshot(2);
        pressNext(3);
        tabTo("features-custom-commands");
        type(Keys.SPACE);
        screenshot(3);
        pressNext(4);
        screenshot(4);
        pressNext(5);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.files li")));
        screenshot(5);
        pressNext(6);
        screenshot(6);
        tabTo("download");
        type(Keys.ENTER);
        assertDownloadEqualsCliOutput(expected());
        pressNext(7);
        screenshot(7);
        pressNext(8);
        screenshot(8);
        assertThat(driver.findElement(By.id("next-steps")).getText()).contains("Unzip browser-bot.zip");
    }

    @Test
    void mouseTelegramInWebhookModeWithANotionSinkReachesTheDownloadedCsmbJson() throws IOException {
        // A platform with settings adds the settings step: the count follows the choice at once.
        driver.findElement(By.cssSelector("label[for='platform-telegram-bot-api']")).click();
        waitForStep(1, 9);
        driver.findElement(By.id("projectName")).sendKeys(NAME);
        driver.findElement(By.id("description")).sendKeys(DESCRIPTION);
        next(2, 9);
        assertThat(driver.findElement(By.id("step-body")).getText()).contains("mode: How the bot receives updates",
                "(default)");
        assertThat(driver.findElement(By.id("setting-mode-polling")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("label[for='setting-mode-webhook']")).click();
        fitsIn360Pixels();
        next(3, 9);
        driver.findElement(By.id("back")).click();
        waitForStep(2, 9);
        assertThat(driver.findElement(By.id("setting-mode-webhook")).isSelected()).isTrue();

        // Another platform drops the old one's settings and shows its own defaults; one without has no such step.
        driver.findElement(By.id("back")).click();
        waitForStep(1, 9);
        driver.findElement(By.cssSelector("label[for='platform-slack-bolt']")).click();
        next(2, 9);
        assertThat(driver.findElement(By.id("setting-mode-socket")).isSelected()).isTrue();
        driver.findElement(By.id("back")).click();
        waitForStep(1, 9);
        driver.findElement(By.cssSelector("label[for='platform-cli-interface']")).click();
        next(2, 8);
        assertThat(driver.findElements(By.cssSelector("[id^='setting-']"))).isEmpty();
        driver.findElement(By.id("back")).click();
        waitForStep(1, 8);
        driver.findElement(By.cssSelector("label[for='platform-telegram-bot-api']")).click();
        next(2, 9);
        assertThat(driver.findElement(By.id("setting-mode-polling")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("label[for='setting-mode-webhook']")).click();

        next(3, 9);
        next(4, 9);
        next(5, 9);
        assertThat(driver.findElement(By.id("sessionSink-none")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("label[for='sessionSink-notion']")).click();
        next(6, 9);
        String summary = driver.findElement(By.cssSelector("dl.summary")).getText();
        assertThat(summary).contains("Telegram Bot", "mode: webhook", "Notion data source");
        PlatformDescriptor telegram = Configs.ENGINE.platform("telegram-bot-api").orElseThrow();
        BuildConfiguration expected = BuildConfiguration.builder("telegram-bot-api")
                .priorities(telegram.defaultPriorities()).complexity(telegram.complexity()).projectName(NAME)
                .description(DESCRIPTION).setting("mode", "webhook").sessionSink(dev.csmb.api.SessionSink.NOTION)
                .build();
        next(7, 9);
        driver.findElement(By.id("download")).click();
        assertDownloadEqualsCliOutput(expected);
        String saved = new String(Projects.unzip(Files.readAllBytes(Browser.download(downloads, "browser-bot.zip")),
                "browser-bot").get("csmb.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(saved).contains("\"platform\": \"telegram-bot-api\"", "\"sessionSink\": \"notion\"",
                "\"mode\": \"webhook\"");
    }

    @Test
    void swaggerUiRendersUnderTheContentSecurityPolicy() {
        driver.get("http://127.0.0.1:" + port + "/swagger-ui/index.html");
        wait.until(ExpectedConditions.textMatches(By.cssSelector(".swagger-ui .info .title"),
                java.util.regex.Pattern.compile("^csmb.*")));
        assertThat(driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(e -> e.getAttribute("data-path")).toList()).contains("/api/v1/generate", "/api/v1/platforms");
    }

    /** Step 7 with Notion: the token goes to the fake Notion in the header, and is gone from the form after. */
    private void createNotionDatabase() {
        NOTION.stubFor(post("/v1/search").willReturn(okJson(
                "{\"object\":\"list\",\"results\":[],\"has_more\":false,\"next_cursor\":null}")));
        NOTION.stubFor(post("/v1/databases").willReturn(okJson("""
                {"object":"database","id":"%s","url":"https://www.notion.so/842a0286cef046a8abbaeac4c8ca644e",
                 "title":[{"type":"text","text":{"content":"Chat Sessions"},"plain_text":"Chat Sessions"}],
                 "parent":{"type":"page_id","page_id":"%s"},
                 "data_sources":[{"id":"2f26ee68-df30-4251-aad4-8ddc420cba3d","name":"Chat Sessions"}]}"""
                .formatted(DATABASE, PAGE))));
        NOTION.stubFor(post("/v1/pages").willReturn(okJson("{\"object\":\"page\",\"id\":\"59833787-2cf9-4fdf-8782-e53db20768a5\"}")));
        driver.findElement(By.cssSelector("label[for='service-notion']")).click();
        driver.findElement(By.id("token")).sendKeys(TOKEN);
        driver.findElement(By.id("parentPageId")).sendKeys(PAGE);
        driver.findElement(By.id("provision")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"),
                "Created: https://www.notion.so/842a0286cef046a8abbaeac4c8ca644e"));
        NOTION.verify(1, postRequestedFor(urlEqualTo("/v1/databases"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(driver.findElement(By.id("token")).getAttribute("value")).isEmpty();
    }

    /** What the walks answer: the platform's defaults plus scalability, and custom commands. */
    private static BuildConfiguration expected() {
        PlatformDescriptor cli = Configs.ENGINE.platform("cli-interface").orElseThrow();
        List<Priority> priorities = new ArrayList<>(cli.defaultPriorities());
        priorities.add(Priority.SCALABILITY);
        return BuildConfiguration.builder("cli-interface").priorities(priorities).features(Feature.CUSTOM_COMMANDS)
                .complexity(cli.complexity()).projectName(NAME).description(DESCRIPTION).build();
    }

    private void assertDownloadEqualsCliOutput(BuildConfiguration expected) throws IOException {
        Path zip = Browser.download(downloads, "browser-bot.zip");
        assertThat(Projects.comparable(Projects.unzip(Files.readAllBytes(zip), "browser-bot")))
                .isEqualTo(Projects.comparable(Projects.asTheCliWrites(expected, scratch)));
    }

    private void next(int step) {
        next(step, 8);
    }

    private void next(int step, int of) {
        driver.findElement(By.id("next")).click();
        waitForStep(step, of);
    }

    private void pressNext(int step) {
        tabTo("next");
        type(Keys.ENTER);
        waitForStep(step);
        // Focus moves to the new step's heading, so a screen reader announces it and Tab starts from the top.
        assertThat(active().getAttribute("id")).isEqualTo("step-heading");
    }

    /** Waits for this step of a platform without settings (eight steps). */
    private void waitForStep(int step) {
        waitForStep(step, 8);
    }

    private void waitForStep(int step, int of) {
        wait.until(ExpectedConditions.textMatches(By.id("step-heading"), java.util.regex.Pattern.compile(
                "^Step " + step + " of " + of + ": .+")));
    }

    /** Presses Tab until the element with this id has focus (at most 60 times). */
    private void tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(active().getAttribute("id"))) {
                return;
            }
            type(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + active().getTagName() + "#"
                + active().getAttribute("id"));
    }

    private void type(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void fitsIn360Pixels() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 800));
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
        driver.manage().window().setSize(before);
    }

    private void screenshot(int step) throws IOException {
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve(run + "-step-" + step + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The README's picture: the review step at a phone-like width, small enough to commit. */
    private void readmeScreenshot() throws IOException {
        driver.findElement(By.id("back")).click();
        waitForStep(7);
        driver.manage().window().setSize(new Dimension(480, 760));
        driver.navigate().refresh();
        waitForStep(1);
        driver.findElement(By.id("projectName")).sendKeys(NAME);
        driver.findElement(By.id("description")).sendKeys(DESCRIPTION);
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SCREENSHOTS.resolve("readme-wizard.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
