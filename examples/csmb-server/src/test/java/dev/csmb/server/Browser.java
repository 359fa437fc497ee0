package dev.csmb.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both found on the PATH and given to Selenium
 * explicitly: Selenium Manager never looks for (or downloads) a browser or a driver.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start(Path profile, Path downloads) {
        Path chromium = onPath("chromium");
        Path chromedriver = onPath("chromedriver");
        System.setProperty("webdriver.chrome.driver", chromedriver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1024,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
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

    /** Waits for the one finished download in the folder (Chromium writes *.crdownload until it is done). */
    static Path download(Path folder, String name) {
        Path file = folder.resolve(name);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file) && !Files.exists(folder.resolve(name + ".crdownload"))) {
                return file;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            throw new AssertionError("no download " + name + " in " + folder + "; found " + files.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
