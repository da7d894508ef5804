package io.tprog.reports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium driven by Selenium, for tests that open report pages. The driver and browser are named
 * explicitly so Selenium Manager never tries to download anything, and the flags keep Chromium off the network.
 */
public final class Browser {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** Set (to anything) by .ci/run, which installs Chromium: there a missing browser fails the test instead of skipping it. */
  public static final String REQUIRED_ENV = "TPROG_REQUIRE_BROWSER";

  /** Whether the browser and its driver are installed (CI installs both). */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Skips the calling test when Chromium is missing on a developer's machine; fails it where the browser is required
   * ({@link #REQUIRED_ENV}), so CI cannot pass with its browser tests skipped.
   */
  public static void assumeAvailable() {
    String why = "Chromium and ChromeDriver are not installed at " + CHROMIUM + " and " + CHROMEDRIVER;
    if (System.getenv(REQUIRED_ENV) != null) {
      org.junit.jupiter.api.Assertions.assertTrue(available(), why + ", and " + REQUIRED_ENV + " says they must be");
    } else {
      org.junit.jupiter.api.Assumptions.assumeTrue(available(), why);
    }
  }

  /** A fresh browser with its own profile folder under {@code profileParent}; the caller quits it. */
  public static ChromeDriver start(Path profileParent) throws IOException {
    Path profile = Files.createTempDirectory(profileParent, "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1600,1400",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
