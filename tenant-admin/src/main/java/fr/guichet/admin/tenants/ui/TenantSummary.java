package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.tenancy.InvalidTenantRequest;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantLifecycle;
import fr.guichet.tenancy.TenantStateConflict;
import fr.guichet.tenancy.TenantStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/** A tenant's identity and addresses, with suspend / resume and custom domains. */
class TenantSummary extends Section {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final Paragraph error = new Paragraph();

    TenantSummary(Tenant tenant, TenantLifecycle lifecycle, Consumer<Tenant> refresh) {
        error.addClassName("form-errors");
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        DescriptionList facts = new DescriptionList();
        fact(facts, getTranslation("admin.tenants.kind"), tenant.kind().label());
        fact(facts, getTranslation("admin.tenants.code"), tenant.officialCode());
        fact(facts, getTranslation("admin.detail.slug"), tenant.slug());
        fact(facts, getTranslation("admin.tenants.status"), tenant.status().label()
                + (tenant.statusMessage() == null ? "" : " – " + tenant.statusMessage()));
        fact(facts, getTranslation("admin.detail.hosts"), String.join(", ", tenant.hosts()));
        fact(facts, getTranslation("admin.detail.schema"), tenant.schema() + " (V" + tenant.schemaVersion() + ")");
        fact(facts, getTranslation("admin.detail.created"), DATE.format(tenant.createdAt()));
        add(new H2(getTranslation("admin.detail.identity")), facts, error, statusActions(tenant, lifecycle, refresh),
                hostForm(tenant, lifecycle, refresh));
    }

    private Div statusActions(Tenant tenant, TenantLifecycle lifecycle, Consumer<Tenant> refresh) {
        Div actions = new Div();
        if (tenant.status() == TenantStatus.ACTIVE) {
            TextArea message = new TextArea(getTranslation("admin.detail.suspend.message"));
            message.setMaxLength(500);
            message.setWidth("32rem");
            Button suspend = new Button(getTranslation("admin.detail.suspend"),
                    click -> act(() -> refresh.accept(lifecycle.suspend(tenant.id(), message.getValue()))));
            actions.add(message, suspend);
        } else if (tenant.status() == TenantStatus.SUSPENDED) {
            actions.add(new Button(getTranslation("admin.detail.resume"),
                    click -> act(() -> refresh.accept(lifecycle.resume(tenant.id())))));
        }
        if (tenant.status() == TenantStatus.ACTIVE || tenant.status() == TenantStatus.SUSPENDED) {
            Button archive = new Button(getTranslation("admin.detail.archive"), click -> confirmArchive(tenant,
                    lifecycle, refresh));
            archive.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.ERROR);
            actions.add(archive);
        }
        return actions;
    }

    private void confirmArchive(Tenant tenant, TenantLifecycle lifecycle, Consumer<Tenant> refresh) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("admin.detail.archive.title", tenant.officialName()),
                getTranslation("admin.detail.archive.text"), getTranslation("admin.detail.archive.confirm"),
                confirmed -> act(() -> refresh.accept(lifecycle.archive(tenant.id()))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private HorizontalLayout hostForm(Tenant tenant, TenantLifecycle lifecycle, Consumer<Tenant> refresh) {
        TextField host = new TextField(getTranslation("admin.detail.host"));
        host.setHelperText(getTranslation("admin.detail.host.help"));
        host.setWidth("24rem");
        Button add = new Button(getTranslation("admin.detail.host.add"),
                click -> act(() -> refresh.accept(lifecycle.addHost(tenant.id(), host.getValue()))));
        HorizontalLayout form = new HorizontalLayout(host, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (InvalidTenantRequest | TenantStateConflict | org.springframework.security.access.AccessDeniedException e) {
            error.setText(e instanceof org.springframework.security.access.AccessDeniedException
                    ? getTranslation("admin.detail.denied") : e.getMessage());
            error.setVisible(true);
        }
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }
}
