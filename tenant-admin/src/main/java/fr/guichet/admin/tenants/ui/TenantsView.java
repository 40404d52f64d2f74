package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.admin.base.ui.AdminLayout;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantKind;
import fr.guichet.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;

/** All tenants the operator may see, searchable by name, slug or official code, filtered by kind and status. */
@Route(value = "", layout = AdminLayout.class, registerAtStartup = false)
@PageTitle("Collectivités – Administration Guichet")
@RolesAllowed({"OPERATOR", "EPCI_ADMIN"})
public class TenantsView extends Div {

    private final TenantDirectory tenants;
    private final TextField search = new TextField();
    private final Select<TenantKind> kind = new Select<>();
    private final Select<TenantStatus> status = new Select<>();
    private final Grid<Tenant> grid = new Grid<>(Tenant.class, false);

    public TenantsView(TenantDirectory tenants) {
        this.tenants = tenants;
        addClassName("view");
        search.setLabel(getTranslation("admin.tenants.search"));
        search.setHelperText(getTranslation("admin.tenants.search.help"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        kind.setLabel(getTranslation("admin.tenants.kind"));
        kind.setItems(TenantKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("admin.tenants.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("admin.tenants.all") : k.label());
        status.setLabel(getTranslation("admin.tenants.status"));
        status.setItems(TenantStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("admin.tenants.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("admin.tenants.all") : s.label());
        search.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(new com.vaadin.flow.data.renderer.ComponentRenderer<>(t ->
                new RouterLink(t.officialName(), TenantDetailView.class, TenantDetailView.parameters(t))))
                .setHeader(getTranslation("admin.tenants.name")).setFlexGrow(2);
        grid.addColumn(t -> t.kind().label()).setHeader(getTranslation("admin.tenants.kind"));
        grid.addColumn(Tenant::officialCode).setHeader(getTranslation("admin.tenants.code"));
        grid.addColumn(Tenant::defaultHost).setHeader(getTranslation("admin.tenants.host")).setFlexGrow(2);
        grid.addColumn(t -> t.status().label()).setHeader(getTranslation("admin.tenants.status"));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
        grid.setItems(query -> tenants.search(search.getValue(), kind.getValue(), status.getValue(),
                query.getOffset(), query.getLimit()).stream());

        Button add = new Button(getTranslation("admin.nav.add"),
                click -> getUI().ifPresent(ui -> ui.navigate(AddCommuneView.class)));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(search, kind, status, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("admin.tenants.title")), filters, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
