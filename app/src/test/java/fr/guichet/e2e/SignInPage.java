package fr.guichet.e2e;

import org.openqa.selenium.By;

/** The Vaadin login form at {@code /connexion}, on a commune's host (agents) or the operator host. */
final class SignInPage {

    private final Browser browser;

    private SignInPage(Browser browser) {
        this.browser = browser;
    }

    static SignInPage open(Browser browser, String baseUrl) {
        browser.open(baseUrl + "/connexion");
        browser.find(By.cssSelector("vaadin-login-form input[name=username]"));
        return new SignInPage(browser);
    }

    /** Whatever page the browser was sent to after submitting. */
    void signIn(String email, String password) {
        browser.find(By.cssSelector("vaadin-login-form input[name=username]")).sendKeys(email);
        browser.find(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password);
        browser.find(By.cssSelector("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button"))
                .click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("/connexion") || hasError());
        browser.waitForVaadin();
    }

    boolean hasError() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return !!(f && f.error);"));
    }
}
