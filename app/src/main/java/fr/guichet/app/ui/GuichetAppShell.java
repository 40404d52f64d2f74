package fr.guichet.app.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell of every UI: Lumo, Guichet's own accessible styles, then the host's tenant branding as CSS custom
 * properties (served per host by {@code /theme/tenant.css}, see docs/decisions/005-branding-without-node.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/guichet.css")
@StyleSheet("theme/tenant.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class GuichetAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Guichet");
    }
}
