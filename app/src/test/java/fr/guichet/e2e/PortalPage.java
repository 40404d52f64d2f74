package fr.guichet.e2e;

import org.openqa.selenium.By;

/** Page object of a commune's portal (header, catalog, footer). */
final class PortalPage {

    private final Browser browser;

    private PortalPage(Browser browser) {
        this.browser = browser;
    }

    static PortalPage open(Browser browser, String url) {
        browser.open(url);
        browser.find(By.cssSelector(".portal-header"));
        return new PortalPage(browser);
    }

    String communeName() {
        return browser.find(By.cssSelector(".portal-header .brand-name")).getText();
    }

    String headerBackground() {
        return browser.find(By.cssSelector(".portal-header")).getCssValue("background-color");
    }

    String footerBackground() {
        return browser.find(By.cssSelector(".portal-footer")).getCssValue("background-color");
    }

    String emptyCatalogText() {
        return browser.find(By.id("catalogue-vide")).getText();
    }

    String title() {
        browser.waitUntil(d -> !d.getTitle().isBlank());
        return browser.driver().getTitle();
    }

    String pageText() {
        return browser.find(By.tagName("body")).getText();
    }

    /** Follows a footer link and waits for the page it opens (its heading is the link's text). */
    void followFooterLink(String text) {
        browser.find(By.cssSelector(".portal-footer")).findElement(By.linkText(text)).click();
        // Read by script: Vaadin replaces the heading element, which a held reference would find stale.
        browser.waitUntil(d -> text.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const h = document.querySelector('h1'); return h ? h.innerText : null;")));
        browser.waitForVaadin();
    }
}
