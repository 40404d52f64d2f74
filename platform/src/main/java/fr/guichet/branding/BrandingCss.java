package fr.guichet.branding;

/** Turns branding into CSS custom properties read by the shared Guichet stylesheet. */
final class BrandingCss {

    private BrandingCss() {
    }

    static String of(Branding branding) {
        return """
                :root {
                  --guichet-primary: %s;
                  --guichet-primary-text: #ffffff;
                  --guichet-secondary: %s;
                  --guichet-secondary-text: #ffffff;
                  --lumo-primary-color: %s;
                  --lumo-primary-text-color: %s;
                  --lumo-primary-color-50pct: %s80;
                  --lumo-primary-color-10pct: %s1a;
                }
                """.formatted(branding.primary().hex(), branding.secondary().hex(), branding.primary().hex(),
                branding.primary().hex(), branding.primary().hex(), branding.primary().hex());
    }
}
