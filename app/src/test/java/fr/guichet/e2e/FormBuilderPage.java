package fr.guichet.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The back office's form builder: its plan, the editor of the selected element and the preview frame. */
final class FormBuilderPage {

    private final Browser browser;

    FormBuilderPage(Browser browser) {
        this.browser = browser;
    }

    static FormBuilderPage open(Browser browser, String baseUrl, java.util.UUID procedure) {
        browser.open(baseUrl + "/agents/demarches/" + procedure + "/formulaire");
        browser.find(By.cssSelector(".builder-outline"));
        return new FormBuilderPage(browser);
    }

    void select(String key) {
        click(browser.find(By.cssSelector(".builder-outline-item[data-key='" + key + "']")));
    }

    String outline() {
        return text(By.cssSelector(".builder-outline"));
    }

    String editorHeading() {
        return text(By.id("builder-element-heading"));
    }

    /** Adds a field of the given type (its French name) to the selected section or group. */
    void addField(String typeName) {
        choose("Type du champ à ajouter", typeName);
        button("Ajouter le champ");
    }

    /** Types into a text field or area of the editor, then leaves it so that the change is sent. */
    void type(String label, String text) {
        WebElement input = browser.find(By.xpath("//*[self::vaadin-text-field or self::vaadin-text-area]"
                + "[./label[contains(., \"" + label + "\")]]//*[self::input or self::textarea]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        browser.waitForVaadin();
    }

    String fieldError(String label) {
        return browser.find(By.xpath("//vaadin-text-field[./label[contains(., \"" + label + "\")]]"))
                .getDomProperty("errorMessage");
    }

    void choose(String label, String item) {
        click(browser.find(By.xpath("//vaadin-select[./label[contains(., \"" + label + "\")]]")));
        click(browser.find(By.xpath("//vaadin-select-item[normalize-space(.)=\"" + item + "\"]")));
        browser.waitForVaadin();
    }

    void button(String text) {
        click(browser.find(By.xpath("//vaadin-button[normalize-space(.)=\"" + text + "\"]")));
    }

    String problems() {
        return text(By.cssSelector(".view [role=alert]"));
    }

    String status() {
        return text(By.cssSelector(".builder [aria-live=polite]"));
    }

    /** Runs {@code reading} inside the preview frame once it shows {@code expected}, then comes back. */
    String preview(String expected) {
        WebElement frame = browser.find(By.cssSelector("iframe.builder-preview-frame"));
        browser.driver().switchTo().frame(frame);
        try {
            browser.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(expected));
            browser.waitForVaadin();
            return browser.find(By.tagName("main")).getText();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** Clicks in the preview frame. */
    void clickInPreview(By by) {
        browser.driver().switchTo().frame(browser.find(By.cssSelector("iframe.builder-preview-frame")));
        try {
            click(browser.find(by));
            browser.waitForVaadin();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /**
     * The rendered text of an element, even when scrolled out of the view's scroll container (where Selenium's
     * {@code getText} answers nothing).
     */
    private String text(By by) {
        return browser.find(by).getDomProperty("innerText");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        element.click();
        browser.waitForVaadin();
    }
}
