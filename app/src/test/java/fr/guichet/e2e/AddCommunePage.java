package fr.guichet.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "Ajouter une commune" in tenant-admin: commune picker, derived address, provisioning steps and outcome. */
final class AddCommunePage {

    private static final By PROBLEMS = By.cssSelector(".view div.form-errors");
    private static final By OUTCOME = By.cssSelector(".view > div[aria-live=polite]");
    private static final By STEPS = By.cssSelector(".view ol.steps li[data-done=true]");

    private final Browser browser;

    private AddCommunePage(Browser browser) {
        this.browser = browser;
    }

    static AddCommunePage open(Browser browser, String adminBase) {
        browser.open(adminBase + "/ajouter-une-commune");
        return current(browser);
    }

    static AddCommunePage current(Browser browser) {
        AdminUi.waitForHeading(browser, "Ajouter une commune");
        return new AddCommunePage(browser);
    }

    private WebElement communeInput() {
        return AdminUi.input(browser, "vaadin-combo-box", "Commune");
    }

    private WebElement slugInput() {
        return AdminUi.input(browser, "vaadin-text-field", "Identifiant");
    }

    /** Types in the commune picker and returns the labels of the items its overlay then offers. */
    List<String> offeredCommunes(String typed) {
        WebElement input = communeInput();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (typed.isEmpty()) {
            input.sendKeys(Keys.ARROW_DOWN);
        } else {
            input.sendKeys(typed);
        }
        waitForFilteredItems();
        List<String> offered = items().stream().map(item -> item.getDomProperty("textContent").strip()).toList();
        input.sendKeys(Keys.ESCAPE);
        return offered;
    }

    /** Waits until the picker has sent its (debounced) filter to the server and received the items. */
    private void waitForFilteredItems() {
        WebElement comboBox = browser.find(By.tagName("vaadin-combo-box"));
        browser.waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const c = arguments[0]; return !(c._filterDebouncer && c._filterDebouncer.isActive()) && !c.loading;",
                comboBox)));
        browser.waitForVaadin();
    }

    private List<WebElement> items() {
        return AdminUi.deepVisible(browser, "vaadin-combo-box-item");
    }

    /** Types {@code typed} in the picker and clicks the offered item whose label starts with {@code label}. */
    AddCommunePage choose(String typed, String label) {
        WebElement input = communeInput();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(typed);
        WebElement item = AdminUi.until(browser, d -> items().stream()
                .filter(i -> i.getDomProperty("textContent").strip().startsWith(label)).findFirst().orElse(null));
        item.click();
        browser.waitForVaadin();
        browser.waitUntil(d -> !AdminUi.value(slugInput()).isEmpty());
        return this;
    }

    String chosenCommune() {
        return AdminUi.value(communeInput());
    }

    String slug() {
        return AdminUi.value(slugInput());
    }

    String slugHelp() {
        return browser.find(By.xpath("//vaadin-text-field[label[normalize-space()='Identifiant']]/*[@slot='helper']"))
                .getText();
    }

    AddCommunePage changeSlug(String slug) {
        AdminUi.retype(slugInput(), slug);
        browser.waitForVaadin();
        return this;
    }

    /** Clicks "Raccorder la commune" and waits for either the outcome or the problems. */
    AddCommunePage provision() {
        AdminUi.button(browser, "Raccorder la commune").click();
        AdminUi.until(browser, d -> !outcome().isBlank() || !problems().isBlank() ? Boolean.TRUE : null);
        browser.waitForVaadin();
        return this;
    }

    String outcome() {
        return browser.findAll(OUTCOME).stream().map(e -> AdminUi.plain(e.getText())).findFirst().orElse("");
    }

    String problems() {
        return browser.findAll(PROBLEMS).stream().map(e -> AdminUi.plain(e.getText())).findFirst().orElse("");
    }

    List<String> stepsDone() {
        return browser.findAll(STEPS).stream().map(WebElement::getText).toList();
    }

    String portalLinkHref() {
        return browser.find(By.cssSelector(".view > div[aria-live=polite] a")).getDomAttribute("href");
    }
}
