package fr.guichet.admin;

import com.vaadin.flow.component.Component;
import fr.guichet.admin.base.ui.OperatorSignInView;
import fr.guichet.admin.operators.ui.OperatorsView;
import fr.guichet.admin.tenants.ui.AddCommuneView;
import fr.guichet.admin.tenants.ui.TenantDetailView;
import fr.guichet.admin.tenants.ui.TenantsView;
import java.util.List;

/** Tenant-admin's views, registered per session on the operator host only. */
public final class TenantAdminModule {

    private TenantAdminModule() {
    }

    public static List<Class<? extends Component>> views() {
        return List.of(OperatorSignInView.class, TenantsView.class, TenantDetailView.class, AddCommuneView.class,
                OperatorsView.class);
    }
}
