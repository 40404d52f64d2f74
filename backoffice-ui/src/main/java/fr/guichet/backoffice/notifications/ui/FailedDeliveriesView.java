package fr.guichet.backoffice.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.notifications.FailedDelivery;
import fr.guichet.notifications.NotificationFailures;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The commune's e-mails and SMS that could not be sent: failed for good, or waiting for an automatic retry. The
 * administrator sees why (in French) and may try one again at once.
 */
@Route(value = "agents/envois", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("ADMIN")
public class FailedDeliveriesView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final NotificationFailures failures;
    private final Grid<FailedDelivery> grid = new Grid<>(FailedDelivery.class, false);
    private final Paragraph empty = new Paragraph();

    public FailedDeliveriesView(NotificationFailures failures) {
        this.failures = failures;
        addClassName("view");
        grid.addColumn(f -> WHEN.format(f.createdAt())).setHeader(getTranslation("backoffice.deliveries.date"))
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(FailedDeliveriesView::recipient))
                .setHeader(getTranslation("backoffice.deliveries.recipient"))
                .setTooltipGenerator(FailedDelivery::maskedRecipient).setWidth("13.5rem").setFlexGrow(0);
        grid.addColumn(f -> f.template().label()).setHeader(getTranslation("backoffice.deliveries.template"))
                .setFlexGrow(2);
        grid.addColumn(FailedDelivery::attempts).setHeader(getTranslation("backoffice.deliveries.attempts"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(this::situation).setHeader(getTranslation("backoffice.deliveries.error")).setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(this::retryButton))
                .setHeader(getTranslation("backoffice.deliveries.actions")).setWidth("9.5rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("backoffice.deliveries.grid"));
        empty.setText(getTranslation("backoffice.deliveries.none"));
        add(new H1(getTranslation("backoffice.deliveries.title")),
                new Paragraph(getTranslation("backoffice.deliveries.intro")), empty, grid);
        refresh();
    }

    /** The channel, then the masked address on its own line. */
    private static Div recipient(FailedDelivery failure) {
        return new Div(new Div(failure.channel().label()), new Div(failure.maskedRecipient()));
    }

    private String situation(FailedDelivery failure) {
        return failure.lastError() + " " + (failure.givenUp() ? getTranslation("backoffice.deliveries.givenUp")
                : getTranslation("backoffice.deliveries.nextAttempt", WHEN.format(failure.nextAttemptAt())));
    }

    private Button retryButton(FailedDelivery failure) {
        Button retry = new Button(getTranslation("backoffice.deliveries.retry"), click -> retry(failure));
        retry.getElement().setAttribute("aria-label", getTranslation("backoffice.deliveries.retry.label",
                failure.template().label(), failure.maskedRecipient()));
        return retry;
    }

    private void retry(FailedDelivery failure) {
        boolean queued = failures.retry(failure.id());
        Notification notification = Notification.show(getTranslation(queued ? "backoffice.deliveries.retry.done"
                : "backoffice.deliveries.retry.gone"), 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(queued ? NotificationVariant.SUCCESS : NotificationVariant.WARNING);
        refresh();
    }

    private void refresh() {
        List<FailedDelivery> listed = failures.list();
        grid.setItems(listed);
        grid.setVisible(!listed.isEmpty());
        empty.setVisible(listed.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.deliveries.title");
    }
}
