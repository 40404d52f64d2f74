package fr.guichet.app.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations of all UI modules. Each module ships its own bundle ({@code i18n/<module>.properties}, UTF-8) with
 * keys prefixed by the module; French is the only language today, others are new bundle files.
 */
@Component
class GuichetI18n implements I18NProvider {

    static final Locale FRENCH = Locale.FRANCE;
    private static final List<String> BUNDLES = List.of("i18n/common", "i18n/portal", "i18n/backoffice", "i18n/admin");
    private static final Logger log = LoggerFactory.getLogger(GuichetI18n.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
                }
            } catch (MissingResourceException absent) {
                // this module has no bundle for the locale: try the next one
            }
        }
        log.warn("Missing translation for key {} ({})", key, locale);
        return "!" + key;
    }
}
