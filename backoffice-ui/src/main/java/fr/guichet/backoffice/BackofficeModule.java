package fr.guichet.backoffice;

import com.vaadin.flow.component.Component;
import fr.guichet.backoffice.accounts.ui.AccountSecurityView;
import fr.guichet.backoffice.accounts.ui.AgentsView;
import fr.guichet.backoffice.accounts.ui.InvitationView;
import fr.guichet.backoffice.accounts.ui.SecondStepView;
import fr.guichet.backoffice.base.ui.AgentSignInView;
import fr.guichet.backoffice.builder.ui.FormBuilderView;
import fr.guichet.backoffice.catalog.ui.ProcedureEditView;
import fr.guichet.backoffice.catalog.ui.ProceduresView;
import fr.guichet.backoffice.dashboard.ui.DashboardView;
import fr.guichet.backoffice.legal.ui.LegalPagesView;
import fr.guichet.backoffice.notifications.ui.FailedDeliveriesView;
import fr.guichet.backoffice.notifications.ui.MessageTemplatesView;
import fr.guichet.backoffice.requests.ui.InboxView;
import fr.guichet.backoffice.requests.ui.IntakeView;
import fr.guichet.backoffice.requests.ui.LettersView;
import fr.guichet.backoffice.requests.ui.RequestView;
import fr.guichet.backoffice.teams.ui.TeamsView;
import fr.guichet.backoffice.workflows.ui.DocumentTemplatesView;
import fr.guichet.backoffice.workflows.ui.WorkflowEditorView;
import fr.guichet.backoffice.search.ui.SearchView;
import java.util.List;

/** The back office's views, registered per session on tenants' hosts under {@code /agents}. */
public final class BackofficeModule {

    private BackofficeModule() {
    }

    public static List<Class<? extends Component>> views() {
        return List.of(AgentSignInView.class, DashboardView.class, LegalPagesView.class, ProceduresView.class,
                ProcedureEditView.class, FormBuilderView.class, InboxView.class, RequestView.class, IntakeView.class,
                FailedDeliveriesView.class, MessageTemplatesView.class, AgentsView.class, InvitationView.class,
                TeamsView.class, WorkflowEditorView.class, DocumentTemplatesView.class, LettersView.class,
                SearchView.class, AccountSecurityView.class, SecondStepView.class);
    }
}
