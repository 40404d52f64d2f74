package fr.guichet.e2e;

import fr.guichet.tenancy.Tenant;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** One tenant in tenant-admin ({@code /collectivites/:id}): summary with status actions, then branding. */
final class TenantDetailPage {

    private static final By BRANDING_PROBLEMS = By.xpath(
            "//section[h2[normalize-space()='Apparence']]/div[contains(@class,'form-errors')]");
    private static final By LOGO_STATE = By.xpath(
            "//section[h2[normalize-space()='Apparence']]/div[@role='alert']/following-sibling::p[1]");

    private final Browser browser;

    private TenantDetailPage(Browser browser) {
        this.browser = browser;
    }

    static TenantDetailPage open(Browser browser, String adminBase, Tenant tenant) {
        browser.open(adminBase + "/collectivites/" + tenant.id());
        return current(browser, tenant.officialName());
    }

    static TenantDetailPage current(Browser browser, String officialName) {
        AdminUi.waitForHeading(browser, officialName);
        return new TenantDetailPage(browser);
    }

    String summary() {
        // read in one script: the view re-renders its summary after each status action
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const facts = document.querySelector('dl'); return facts ? facts.innerText : '';"));
    }

    String primaryColour() {
        return AdminUi.value(AdminUi.input(browser, "vaadin-text-field", "Couleur principale"));
    }

    TenantDetailPage enterPrimaryColour(String hex) {
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-field", "Couleur principale"), hex);
        return this;
    }

    TenantDetailPage saveBranding() {
        AdminUi.button(browser, "Enregistrer l'apparence").click();
        browser.waitForVaadin();
        return this;
    }

    /** The French problems shown under the branding form (empty when there are none). */
    String brandingProblems() {
        return browser.findAll(BRANDING_PROBLEMS).stream().map(e -> AdminUi.plain(e.getText())).findFirst().orElse("");
    }

    /** Waits until the branding form shows problems, and returns them. */
    String waitForBrandingProblems() {
        return AdminUi.until(browser, d -> brandingProblems().isBlank() ? null : brandingProblems());
    }

    /** The text of the success notification, once it shows. */
    String notification() {
        return AdminUi.until(browser, d -> {
            String text = AdminUi.deepVisible(browser, "vaadin-notification-card").stream()
                    .map(WebElement::getText).findFirst().orElse("");
            return text.isBlank() ? null : AdminUi.plain(text);
        });
    }

    String logoState() {
        return AdminUi.plain(browser.find(LOGO_STATE).getText());
    }

    /** The text the logo upload shows (its button and drop zone). */
    String uploadText() {
        return browser.find(By.tagName("vaadin-upload")).getText();
    }

    /**
     * Gives the file to the upload's file input, as a user picking it would (it uploads at once), and waits until
     * the form reports the outcome (a problem, or a new logo state).
     */
    TenantDetailPage uploadLogo(Path file) {
        String before = brandingProblems() + "|" + logoState();
        WebElement input = AdminUi.deepFind(browser, "input[type=file]");
        input.sendKeys(file.toAbsolutePath().toString());
        AdminUi.until(browser, d -> !(brandingProblems() + "|" + logoState()).equals(before) ? Boolean.TRUE : null);
        return this;
    }

    /** Scrolls the branding outcome (problems and logo state) into view, for screenshots. */
    TenantDetailPage revealBranding() {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.find(LOGO_STATE));
        return this;
    }

    TenantDetailPage suspend(String message) {
        AdminUi.retype(AdminUi.input(browser, "vaadin-text-area",
                "Message affiché aux usagers pendant la suspension"), message);
        AdminUi.button(browser, "Suspendre les services en ligne").click();
        browser.waitUntil(d -> summary().contains("Suspendue"));
        return this;
    }

    TenantDetailPage resume() {
        AdminUi.button(browser, "Réactiver les services en ligne").click();
        browser.waitUntil(d -> !browser.findAll(By.xpath(
                "//vaadin-button[normalize-space()='Suspendre les services en ligne']")).isEmpty());
        return this;
    }

    /**
     * Clicks the sharing action ({@code Proposer aux communes membres} or {@code Publier une nouvelle version du
     * modèle}) of one of the EPCI's procedures online.
     */
    TenantDetailPage shareWithMembers(String action, String title) {
        WebElement button = browser.find(By.xpath("//vaadin-button[@aria-label="
                + AdminUi.literal(action + " : " + title) + "]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                button);
        button.click();
        browser.waitForVaadin();
        return this;
    }

    /** The EPCI's procedures online as the sharing panel lists them, with their state. */
    List<String> publishableProcedures() {
        return texts(".publishable-procedures li > span");
    }

    /** The templates already shared, as listed ("title – version N du modèle, publiée le … par …"). */
    List<String> sharedTemplates() {
        return texts(".shared-template-list li");
    }

    /** Waits until a shared template's line contains {@code text}, and returns every line. */
    List<String> waitForSharedTemplates(String text) {
        return AdminUi.until(browser, d -> {
            List<String> lines = sharedTemplates();
            return lines.stream().anyMatch(line -> line.contains(text)) ? lines : null;
        });
    }

    private List<String> texts(String css) {
        return AdminUi.until(browser, d -> d.findElements(By.cssSelector(css)).stream()
                .map(e -> AdminUi.plain(e.getText())).toList());
    }

    /** Archives the tenant, confirming in the dialog, and waits for the new status. */
    TenantDetailPage archive() {
        AdminUi.button(browser, "Archiver la collectivité").click();
        browser.find(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")).click();
        browser.waitUntil(d -> summary().contains("Archivée"));
        return this;
    }
}
