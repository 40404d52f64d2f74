package fr.guichet.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven by Debian's chromedriver: Selenium Manager never runs), with helpers
 * in the style of Vaadin TestBench so that page objects could move to TestBench where a licence exists.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("guichet-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=fr-FR",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        waitForVaadin();
    }

    /** Waits until Vaadin has no pending server round trip. */
    public void waitForVaadin() {
        waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }

    public WebElement find(By by) {
        return waitUntil(d -> d.findElement(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** axe-core on the current page: the rules with a serious or critical impact that it found violated. */
    public List<Rule> seriousAccessibilityViolations() {
        waitForVaadin();
        // A notification still fading in or out is half transparent: axe would read blended colours that no one
        // sees once it is shown. Wait for them to settle (at most a few seconds).
        waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('vaadin-notification-card[opening], vaadin-notification-card[closing]')"
                        + ".length === 0;")));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
    }

    /** Clicks {@code element} as a person would reach it: scrolled into view first; then waits for Vaadin. */
    public void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /**
     * The text shown by the element, trimmed: {@code innerText}, which Selenium's {@code getText()} leaves empty for
     * an element scrolled out of Vaadin's scroll container.
     */
    public String text(By by) {
        return String.valueOf(find(by).getDomProperty("innerText")).strip();
    }

    /** Fails with axe-core's explanation when the page has serious or critical WCAG 2.1 AA violations. */
    public void assertAccessible() {
        List<Rule> violations = seriousAccessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility violations:" + describe(violations));
        }
    }

    /** Explains violations in a failure message. */
    public static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp());
            rule.getNodes().stream().limit(3).forEach(node -> text.append("\n    ").append(node.getTarget())
                    .append(" ").append(node.getFailureSummary()));
        }
        return text.toString();
    }

    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // temporary profile: best effort
        }
    }
}
