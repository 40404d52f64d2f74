package fr.guichet.e2e;

import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Lookups shared by the tenant-admin page objects: Vaadin fields by their visible label, buttons by their text,
 * and elements that Vaadin components keep in shadow roots (overlays, the upload's file input).
 */
final class AdminUi {

    private AdminUi() {
    }

    /** The native input of the Vaadin field ({@code vaadin-text-field}, {@code vaadin-combo-box}…) with this label. */
    static WebElement input(Browser browser, String component, String label) {
        return browser.find(By.xpath("//" + component + "[label[" + plainText() + "=" + literal(label) + "]]"
                + "//*[self::input or self::textarea]"));
    }

    static WebElement button(Browser browser, String text) {
        return browser.find(By.xpath("//vaadin-button[" + plainText() + "=" + literal(text) + "]"));
    }

    /** Replaces the content of a field the way a user does, then leaves it so that Vaadin gets the value. */
    static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    static String value(WebElement input) {
        return input.getDomProperty("value");
    }

    /** The visible elements matching {@code css}, in the document and in every open shadow root. */
    @SuppressWarnings("unchecked")
    static List<WebElement> deepVisible(Browser browser, String css) {
        return (List<WebElement>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const selector = arguments[0];
                const found = [];
                const walk = root => {
                  root.querySelectorAll(selector).forEach(e => { if (e.checkVisibility()) found.push(e); });
                  root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) walk(e.shadowRoot); });
                };
                walk(document);
                return found;
                """, css);
    }

    /** The first element matching {@code css}, visible or not, in the document or any open shadow root. */
    static WebElement deepFind(Browser browser, String css) {
        return browser.waitUntil(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const selector = arguments[0];
                const walk = root => {
                  const hit = root.querySelector(selector);
                  if (hit) return hit;
                  for (const e of root.querySelectorAll('*')) {
                    const inner = e.shadowRoot && walk(e.shadowRoot);
                    if (inner) return inner;
                  }
                  return null;
                };
                return walk(document);
                """, css));
    }

    /** All text of the page, shadow roots included (what a sighted user may read). */
    static String deepText(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                const parts = [];
                const walk = root => {
                  parts.push(root.textContent || '');
                  root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) walk(e.shadowRoot); });
                };
                walk(document.body);
                return parts.join(' ');
                """);
    }

    /** {@link Browser#waitUntil}, reading again when Vaadin replaced an element while it was being read. */
    static <T> T until(Browser browser, Function<WebDriver, T> condition) {
        return browser.waitUntil(d -> {
            try {
                return condition.apply(d);
            } catch (StaleElementReferenceException rerendered) {
                return null;
            }
        });
    }

    /** Waits until the page's h1 reads {@code expected} (pages are re-rendered while Vaadin navigates). */
    static void waitForHeading(Browser browser, String expected) {
        until(browser, d -> d.findElements(By.tagName("h1")).stream().anyMatch(h -> expected.equals(h.getText()))
                ? Boolean.TRUE : null);
        browser.waitForVaadin();
    }

    /** The text of the sign-in page once it has come back refusing the credentials. */
    static String signInRefusal(Browser browser) {
        browser.waitUntil(d -> d.getCurrentUrl().contains("/connexion?error"));
        browser.find(By.cssSelector("vaadin-login-form input[name=username]"));
        browser.waitUntil(d -> deepText(browser).contains("Identifiants incorrects"));
        return deepText(browser);
    }

    /** XPath of an element's text, blanks normalised and typographic apostrophes read as plain ones. */
    static String plainText() {
        return "translate(normalize-space(), '\u2019', \"'\")";
    }

    /** Text as shown, with typographic apostrophes read as plain ones so that assertions need not care. */
    static String plain(String text) {
        return text.replace('\u2019', '\'');
    }

    /** An XPath string literal for any text (French text has apostrophes). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
