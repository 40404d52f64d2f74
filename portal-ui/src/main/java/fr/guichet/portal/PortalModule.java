package fr.guichet.portal;

import com.vaadin.flow.component.Component;
import fr.guichet.portal.account.ui.CitizenSignInView;
import fr.guichet.portal.account.ui.EmailConfirmationView;
import fr.guichet.portal.account.ui.FranceConnectErrorView;
import fr.guichet.portal.account.ui.ProfileView;
import fr.guichet.portal.account.ui.SignUpView;
import fr.guichet.portal.catalog.ui.CatalogView;
import fr.guichet.portal.catalog.ui.ProcedureView;
import fr.guichet.portal.forms.ui.FormPreviewView;
import fr.guichet.portal.forms.ui.FormView;
import fr.guichet.portal.forms.ui.ReceiptView;
import fr.guichet.portal.legal.ui.LegalPageView;
import fr.guichet.portal.requests.ui.GuestRequestView;
import fr.guichet.portal.requests.ui.GuestRequestsView;
import fr.guichet.portal.requests.ui.MyRequestView;
import fr.guichet.portal.requests.ui.MyRequestsView;
import java.util.List;

/** The portal's views, registered per session on tenants' hosts by the application. */
public final class PortalModule {

    private PortalModule() {
    }

    public static List<Class<? extends Component>> views() {
        return List.of(CatalogView.class, ProcedureView.class, FormView.class, FormPreviewView.class, ReceiptView.class,
                LegalPageView.class, CitizenSignInView.class, SignUpView.class, EmailConfirmationView.class,
                ProfileView.class, FranceConnectErrorView.class, MyRequestsView.class, MyRequestView.class, GuestRequestsView.class,
                GuestRequestView.class);
    }
}
