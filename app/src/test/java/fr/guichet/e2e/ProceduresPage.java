package fr.guichet.e2e;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The procedures of a commune in the back office ({@code /agents/demarches}): « Créer depuis un modèle », offered
 * template versions, export and the import dialog.
 */
final class ProceduresPage {

    private static final By GRID = By.tagName("vaadin-grid");
    private static final By IMPORT_PROBLEMS = By.cssSelector(".import-problems");

    private final Browser browser;

    private ProceduresPage(Browser browser) {
        this.browser = browser;
    }

    static ProceduresPage open(Browser browser, String base) {
        browser.open(base + "/agents/demarches");
        AdminUi.waitForHeading(browser, "Démarches en ligne");
        return new ProceduresPage(browser);
    }

    /** Opens the template dialog and waits for its groups. */
    ProceduresPage openTemplates() {
        AdminUi.button(browser, "Créer depuis un modèle").click();
        browser.find(By.cssSelector("vaadin-dialog section h3"));
        browser.waitForVaadin();
        return this;
    }

    /** The headings of the template groups, in order. */
    List<String> templateGroups() {
        return texts("//section[h3]/h3");
    }

    /** The titles of the templates in the group with this heading. */
    List<String> templatesIn(String group) {
        return texts("//section[h3[" + AdminUi.plainText() + "=" + AdminUi.literal(AdminUi.plain(group)) + "]]//h4");
    }

    /** Starts a procedure from the template with this title in the group with this heading. */
    ProceduresPage useTemplate(String group, String title) {
        click(browser.find(By.xpath("//section[h3[" + AdminUi.plainText() + "=" + AdminUi.literal(AdminUi.plain(group))
                + "]]//vaadin-button[@aria-label=" + AdminUi.literal("Utiliser ce modèle : " + title) + "]")));
        browser.waitForVaadin();
        return this;
    }

    /** Publishes the procedure with this title and waits until the list shows it online. */
    ProceduresPage publish(String title) {
        click(browser.find(By.xpath("//vaadin-button[@aria-label=" + AdminUi.literal("Publier : " + title) + "]")));
        waitForGrid("En ligne");
        return this;
    }

    /** The later template versions offered, one line per procedure (empty when nothing is offered). */
    List<String> offeredUpdates() {
        browser.waitForVaadin();
        return browser.findAll(By.cssSelector(".template-updates li > span")).stream()
                .filter(WebElement::isDisplayed).map(e -> AdminUi.plain(e.getText())).toList();
    }

    /** Applies the offered template version to the procedure with this title, confirming in the dialog. */
    ProceduresPage applyTemplateVersion(String title) {
        click(browser.find(By.xpath("//vaadin-button[@aria-label=" + AdminUi.literal("Appliquer : " + title) + "]")));
        browser.find(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")).click();
        browser.waitForVaadin();
        return this;
    }

    /** Waits until the list of procedures shows {@code text}, and returns all it shows. */
    String waitForGrid(String text) {
        return AdminUi.until(browser, d -> {
            String grid = AdminUi.plain(d.findElement(GRID).getText());
            return grid.contains(AdminUi.plain(text)) ? grid : null;
        });
    }

    /** The rows of the list, as text. */
    String procedures() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const g = document.querySelector('vaadin-grid'); return g ? g.innerText : '';"));
    }

    /** The « Exporter » link of a procedure. */
    WebElement exportLink(String title) {
        return browser.find(By.xpath("//a[@aria-label=" + AdminUi.literal("Exporter : " + title) + "]"));
    }

    ProceduresPage openImport() {
        AdminUi.button(browser, "Importer une démarche").click();
        AdminUi.deepFind(browser, "vaadin-upload input[type=file], input[type=file]");
        browser.waitForVaadin();
        return this;
    }

    /** Gives the file to the upload's file input, as a user picking it would (it uploads at once). */
    ProceduresPage upload(Path file) {
        AdminUi.deepFind(browser, "input[type=file]").sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Uploads a file that the server refuses, and waits for the list of its problems. */
    String refusedUpload(Path file) {
        String before = importProblems();
        upload(file);
        return AdminUi.until(browser, d -> {
            String now = importProblems();
            return !now.isBlank() && !now.equals(before) ? now : null;
        });
    }

    /** Uploads a file that the server accepts, and waits until its procedure is listed. */
    ProceduresPage acceptedUpload(Path file, String title) {
        upload(file);
        AdminUi.until(browser, d -> procedures().contains(title) ? Boolean.TRUE : null);
        browser.waitForVaadin();
        return this;
    }

    String importProblems() {
        return browser.findAll(IMPORT_PROBLEMS).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private List<String> texts(String xpath) {
        return browser.findAll(By.xpath(xpath)).stream().map(e -> AdminUi.plain(e.getText())).toList();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        element.click();
    }
}
