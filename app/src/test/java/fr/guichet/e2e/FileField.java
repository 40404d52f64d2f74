package fr.guichet.e2e;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** A file field of a portal form, as a citizen uses it: pick a file, read what was joined or refused, remove it. */
final class FileField {

    private final Browser browser;
    private final String id;

    FileField(Browser browser, String fieldId) {
        this.browser = browser;
        this.id = fieldId;
    }

    /**
     * Gives the file to the upload's file input, as picking it would: it is sent at once. The input is emptied first,
     * as the upload's button does before opening the browser's file chooser (picking the same file again would
     * change nothing otherwise).
     */
    FileField pick(Path file) {
        WebElement input = browser.waitUntil(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const upload = document.querySelector('#' + arguments[0] + ' vaadin-upload');
                if (!upload) return null;
                const input = upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                if (input) input.value = '';
                return input;
                """, id));
        input.sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Picks a file the server keeps, and waits until it is shown as joined. */
    String pickAccepted(Path file) {
        pick(file);
        return AdminUi.until(browser, d -> {
            String joined = joined();
            return joined.isBlank() ? null : joined;
        });
    }

    /** Picks a file the server refuses, and waits for the field's message. */
    String pickRefused(Path file) {
        String before = error();
        pick(file);
        return AdminUi.until(browser, d -> {
            String now = error();
            return !now.isBlank() && !now.equals(before) ? now : null;
        });
    }

    String joined() {
        return text(" .form-file-joined");
    }

    String error() {
        return text("-erreur");
    }

    void remove() {
        browser.find(By.id(id + "-retirer")).click();
        browser.waitForVaadin();
    }

    /** The text of the element {@code #<field id><suffix>}, empty when it is hidden. */
    private String text(String suffix) {
        Object text = ((JavascriptExecutor) browser.driver()).executeScript("""
                const e = document.querySelector(arguments[0]);
                return e && e.offsetParent !== null ? e.innerText.trim() : '';""",
                "#" + id + suffix);
        return String.valueOf(text);
    }
}
