package fr.guichet.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;

/** The tenants list of tenant-admin ({@code /} on the operator host). */
final class TenantsPage {

    private static final By ROW_LINKS = By.cssSelector("vaadin-grid vaadin-grid-cell-content a");

    private final Browser browser;

    private TenantsPage(Browser browser) {
        this.browser = browser;
    }

    static TenantsPage open(Browser browser, String adminBase) {
        browser.open(adminBase + "/");
        return current(browser);
    }

    static TenantsPage current(Browser browser) {
        AdminUi.waitForHeading(browser, "Collectivités");
        return new TenantsPage(browser);
    }

    /** Names shown in the grid, once it has loaded rows. */
    List<String> listedNames() {
        browser.waitUntil(d -> !d.findElements(ROW_LINKS).isEmpty());
        browser.waitForVaadin();
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll(arguments[0])].filter(a => a.checkVisibility())"
                        + ".map(a => a.textContent.trim()).filter(t => t);",
                "vaadin-grid vaadin-grid-cell-content a");
        return names;
    }

    /** Waits until the grid shows all these names, then returns everything it shows. */
    List<String> waitForNames(List<String> expected) {
        browser.waitUntil(d -> listedNames().containsAll(expected));
        return listedNames();
    }

    /** Waits (a while) until the grid shows exactly these names, then returns what it shows, for the assertion. */
    List<String> waitForExactly(List<String> expected) {
        try {
            browser.waitUntil(d -> listedNames().equals(expected));
        } catch (TimeoutException e) {
            // the caller's assertion tells what differs
        }
        return listedNames();
    }

    TenantsPage search(String text) {
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Rechercher"), text);
        browser.waitForVaadin();
        return this;
    }

    AddCommunePage addCommune() {
        AdminUi.button(browser, "Ajouter une commune").click();
        return AddCommunePage.current(browser);
    }

    TenantDetailPage openDetail(String name) {
        browser.waitUntil(d -> listedNames().contains(name));
        browser.find(By.xpath("//vaadin-grid-cell-content//a[normalize-space()=" + AdminUi.literal(name) + "]")).click();
        return TenantDetailPage.current(browser, name);
    }
}
