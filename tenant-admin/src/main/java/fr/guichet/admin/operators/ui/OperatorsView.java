package fr.guichet.admin.operators.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.admin.base.ui.AdminLayout;
import fr.guichet.identity.OperatorAccount;
import fr.guichet.identity.OperatorAccounts;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tenant-admin's accounts for platform operators: five wrong passwords in a row lock an account for 15 minutes; an
 * operator may unlock it sooner (decision 023).
 */
@Route(value = "operateurs", layout = AdminLayout.class, registerAtStartup = false)
@PageTitle("Comptes d’administration – Administration Guichet")
@RolesAllowed("OPERATOR")
public class OperatorsView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final OperatorAccounts accounts;
    private final Grid<OperatorAccount> grid = new Grid<>(OperatorAccount.class, false);
    private final Paragraph status = new Paragraph();

    public OperatorsView(OperatorAccounts accounts) {
        this.accounts = accounts;
        addClassNames("view", "form-stack");
        status.getElement().setAttribute("role", "status");
        status.addClassName("form-status");
        grid.addColumn(OperatorAccount::displayName).setHeader(getTranslation("admin.operators.name"));
        grid.addColumn(OperatorAccount::email).setHeader(getTranslation("admin.operators.email"));
        grid.addColumn(account -> account.epci() == null ? getTranslation("admin.operators.platform")
                : getTranslation("admin.operators.epci", account.epci())).setHeader(getTranslation("admin.operators.scope"));
        grid.addComponentColumn(this::situation).setHeader(getTranslation("admin.operators.status"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("admin.operators.title"));
        add(new H1(getTranslation("admin.operators.title")), new Paragraph(getTranslation("admin.operators.intro")),
                status, grid);
        grid.setItems(accounts.list());
    }

    private Component situation(OperatorAccount account) {
        if (account.lockedUntil() == null) {
            return new Span(getTranslation("admin.operators.active"));
        }
        Button unlock = new Button(getTranslation("admin.operators.unlock"), click -> {
            accounts.unlock(account.email());
            status.setText(getTranslation("admin.operators.unlocked", account.displayName()));
            grid.setItems(accounts.list());
        });
        unlock.addThemeVariants(ButtonVariant.SMALL);
        unlock.getElement().setAttribute("aria-label", getTranslation("admin.operators.unlock.label",
                account.displayName()));
        Div cell = new Div(new Span(getTranslation("admin.operators.locked", WHEN.format(account.lockedUntil())) + " "),
                unlock);
        return cell;
    }
}
