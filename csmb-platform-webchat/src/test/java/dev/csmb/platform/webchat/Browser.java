package dev.csmb.platform.webchat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both found on the PATH and given to Selenium
 * explicitly: Selenium Manager never looks for (or downloads) a browser or a driver. Each call is a fresh profile, so
 * two drivers are two visitors.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        Path chromium = onPath("chromium");
        Path chromedriver = onPath("chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1024,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The executable on the PATH; the test fails (never skips) when it is missing, saying what to install. */
    static Path onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not on the PATH; install Debian's chromium "
                        + "and chromium-driver (apt-get install chromium chromium-driver)"));
    }
}
