package fr.guichet.backoffice.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.identity.AccountChangeRefused;
import fr.guichet.identity.AgentAccount;
import fr.guichet.identity.AgentDirectory;
import fr.guichet.identity.AgentRole;
import fr.guichet.identity.AgentStatus;
import fr.guichet.identity.CitizenLinks;
import fr.guichet.identity.SecondFactorPolicy;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The commune's agents for its administrators: invite one (the agent receives a link to choose a password), change
 * roles, unlock after repeated wrong passwords, deactivate, reactivate, invite again. Every refusal is shown in
 * French in a live region; nothing changes when a change is refused.
 */
@Route(value = "agents/comptes", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("ADMIN")
public class AgentsView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final AgentDirectory directory;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final CheckboxGroup<AgentRole> roles = new CheckboxGroup<>();
    private final Paragraph status = new Paragraph();
    private final Grid<AgentAccount> grid = new Grid<>(AgentAccount.class, false);

    public AgentsView(AgentDirectory directory, SecondFactorPolicy policy) {
        this.directory = directory;
        addClassNames("view", "form-stack");
        email.setLabel(getTranslation("backoffice.accounts.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidth("22rem");
        name.setLabel(getTranslation("backoffice.accounts.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setWidth("18rem");
        roleChoices(roles);
        roles.setValue(EnumSet.of(AgentRole.AGENT));
        Button invite = new Button(getTranslation("backoffice.accounts.invite"), click -> invite());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("form-status");

        grid.addColumn(AgentAccount::displayName).setHeader(getTranslation("backoffice.accounts.name")).setFlexGrow(2);
        grid.addColumn(AgentAccount::email).setHeader(getTranslation("backoffice.accounts.email")).setFlexGrow(3);
        grid.addColumn(account -> account.roles().stream().sorted().map(AgentRole::label)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("backoffice.accounts.roles"))
                .setFlexGrow(3);
        grid.addColumn(this::situation).setHeader(getTranslation("backoffice.accounts.status")).setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("backoffice.accounts.actions"))
                .setFlexGrow(4);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("backoffice.accounts.grid"));

        HorizontalLayout fields = new HorizontalLayout(email, name);
        fields.setWrap(true);
        add(new H1(getTranslation("backoffice.accounts.title")),
                new Paragraph(getTranslation("backoffice.accounts.intro")),
                new H2(getTranslation("backoffice.accounts.invite.title")), fields, roles, invite, status,
                new H2(getTranslation("backoffice.accounts.list")), grid,
                new H2(getTranslation("backoffice.accounts.policy.title")), new SecondFactorPolicyField(policy));
        refresh();
    }

    private void roleChoices(CheckboxGroup<AgentRole> group) {
        group.setLabel(getTranslation("backoffice.accounts.roles"));
        group.setItems(AgentRole.values());
        group.setItemLabelGenerator(role -> role.label() + " – " + getTranslation("backoffice.accounts.role."
                + role.name()));
    }

    private void invite() {
        if (change(() -> directory.invite(email.getValue(), name.getValue(), roles.getValue(), backOfficeRoot()),
                "backoffice.accounts.invited", email.getValue().strip())) {
            email.clear();
            name.clear();
            email.setInvalid(false);
            name.setInvalid(false);
            roles.setValue(EnumSet.of(AgentRole.AGENT));
        }
    }

    private String situation(AgentAccount account) {
        String label = getTranslation("backoffice.accounts.status." + account.status().name());
        if (account.status() == AgentStatus.LOCKED && account.lockedUntil() != null) {
            label += " " + getTranslation("backoffice.accounts.lockedUntil", WHEN.format(account.lockedUntil()));
        }
        if (account.secondFactor()) {
            label += " · " + getTranslation("backoffice.accounts.secondFactor");
        }
        if (account.lastSignInAt() != null) {
            label += " · " + getTranslation("backoffice.accounts.lastSignIn", WHEN.format(account.lastSignInAt()));
        }
        return label;
    }

    private Component actions(AgentAccount account) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "0.25rem");
        actions.add(button("backoffice.accounts.editRoles", account, () -> editRoles(account)));
        switch (account.status()) {
            case LOCKED -> actions.add(button("backoffice.accounts.unlock", account, () -> change(
                    () -> directory.unlock(account.id(), account.version()), "backoffice.accounts.unlocked",
                    account.displayName())));
            case INVITED, INVITATION_EXPIRED -> actions.add(button("backoffice.accounts.inviteAgain", account,
                    () -> change(() -> directory.inviteAgain(account.id(), account.version(), backOfficeRoot()),
                            "backoffice.accounts.invited", account.email())));
            case DEACTIVATED -> actions.add(button("backoffice.accounts.reactivate", account, () -> change(
                    () -> directory.reactivate(account.id(), account.version()), "backoffice.accounts.reactivated",
                    account.displayName())));
            case ACTIVE -> { }
        }
        if (account.secondFactor()) {
            actions.add(button("backoffice.accounts.resetSecondFactor", account, () -> confirmReset(account)));
        }
        if (account.status() != AgentStatus.DEACTIVATED) {
            actions.add(button("backoffice.accounts.deactivate", account, () -> confirmDeactivation(account)));
        }
        return actions;
    }

    private Button button(String key, AgentAccount account, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", getTranslation(key + ".label", account.displayName()));
        return button;
    }

    private void editRoles(AgentAccount account) {
        CheckboxGroup<AgentRole> choice = new CheckboxGroup<>();
        roleChoices(choice);
        choice.setValue(account.roles().isEmpty() ? EnumSet.noneOf(AgentRole.class) : EnumSet.copyOf(account.roles()));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("backoffice.accounts.editRoles.title", account.displayName()));
        dialog.add(choice);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("common.save"));
        dialog.addConfirmListener(confirmed -> change(() -> directory.changeRoles(account.id(), account.version(),
                Set.copyOf(choice.getValue())), "backoffice.accounts.rolesChanged", account.displayName()));
        dialog.open();
    }

    private void confirmDeactivation(AgentAccount account) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("backoffice.accounts.deactivate.title",
                account.displayName()), getTranslation("backoffice.accounts.deactivate.text"),
                getTranslation("backoffice.accounts.deactivate"), confirmed -> change(() -> directory.deactivate(
                        account.id(), account.version()), "backoffice.accounts.deactivated", account.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmReset(AgentAccount account) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("backoffice.accounts.resetSecondFactor.title",
                account.displayName()), getTranslation("backoffice.accounts.resetSecondFactor.text"),
                getTranslation("backoffice.accounts.resetSecondFactor"), confirmed -> change(
                        () -> directory.resetSecondFactor(account.id(), account.version()),
                        "backoffice.accounts.secondFactorReset", account.displayName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    /** Runs a change and says how it went; true when it was made. */
    private boolean change(Supplier<AgentAccount> change, String doneKey, String who) {
        try {
            change.get();
            status.setText(getTranslation(doneKey, who));
            status.removeClassName("error");
            return true;
        } catch (AccountChangeRefused refused) {
            status.setText(refused.getMessage());
            status.addClassName("error");
            return false;
        } finally {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(directory.list());
    }

    private static String backOfficeRoot() {
        return CitizenLinks.portalRoot(VaadinServletRequest.getCurrent().getHttpServletRequest());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.accounts.title");
    }
}
