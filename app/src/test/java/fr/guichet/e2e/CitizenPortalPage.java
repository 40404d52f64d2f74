package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * Page object of a commune's portal as a citizen uses it: account pages (sign-up, sign-in, profile) and forms. Texts
 * and values are read by script, from the DOM, whatever is scrolled into view.
 */
final class CitizenPortalPage {

    private final Browser browser;
    private final String base;

    CitizenPortalPage(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    void open(String path) {
        browser.open(base + path);
        browser.find(By.cssSelector(".portal-header"));
    }

    /** Signs in on the citizens' page; whatever page the browser is sent to after. */
    void signIn(String email, String password) {
        open("/mon-compte/connexion");
        type("connexion-email", email);
        type("connexion-mot-de-passe", password);
        String before = browser.driver().getCurrentUrl();
        browser.find(By.cssSelector("button.account-submit")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().equals(before));
        browser.find(By.cssSelector(".portal-header"));
        browser.waitForVaadin();
    }

    /** Types into a field's input, replacing what was there, and leaves it so that the value is sent. */
    void type(String fieldId, String value) {
        var input = browser.find(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
        browser.waitForVaadin();
    }

    void press(String caption) {
        browser.find(By.xpath("//vaadin-button[not(@hidden)][normalize-space()='" + caption + "']")).click();
        browser.waitForVaadin();
    }

    /** Follows a link and waits until the browser is on its page (a router link navigates after the click returns). */
    void follow(String linkText) {
        String before = browser.driver().getCurrentUrl();
        browser.find(By.linkText(linkText)).click();
        browser.waitUntil(d -> !d.getCurrentUrl().equals(before));
        browser.waitForVaadin();
    }

    String heading() {
        browser.waitUntil(d -> !text("h1").isEmpty());
        return text("h1");
    }

    String path() {
        return browser.driver().getCurrentUrl().substring(base.length());
    }

    String text(String selector) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
                selector)).strip();
    }

    /** The value of a Vaadin field, as the component holds it. */
    String value(String fieldId) {
        return String.valueOf(script("const f = document.getElementById(arguments[0]); return f ? f.value : null;",
                fieldId));
    }

    String helperText(String fieldId) {
        return text("#" + fieldId + " > [slot=helper]");
    }

    boolean isReadOnly(String fieldId) {
        return Boolean.TRUE.equals(script("return document.getElementById(arguments[0]).readonly === true;",
                fieldId));
    }

    String attribute(String selector, String name) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); "
                + "return e ? e.getAttribute(arguments[1]) : null;", selector, name));
    }

    void waitForText(String selector, String expected) {
        browser.waitUntil(d -> text(selector).contains(expected));
    }

    void assertAccessible() {
        List<Rule> violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as(Browser.describe(violations)).isEmpty();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }
}
