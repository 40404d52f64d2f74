package fr.guichet.e2e;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A commune's procedures in the back office ({@code /agents/demarches}), for designers, with the import dialog. */
final class ProceduresPage {

    private static final By IMPORT_PROBLEMS = By.cssSelector(".import-problems");

    private final Browser browser;

    private ProceduresPage(Browser browser) {
        this.browser = browser;
    }

    static ProceduresPage open(Browser browser, String baseUrl) {
        browser.open(baseUrl + "/agents/demarches");
        AdminUi.waitForHeading(browser, "Démarches en ligne");
        return new ProceduresPage(browser);
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
}
