package fr.guichet.tenancy;

/** The French page for a Host header that is not a host name, for the web server to use when it rejects one. */
public final class InvalidHostPage {

    private InvalidHostPage() {
    }

    public static String html() {
        return fr.guichet.tenancy.internal.ErrorPagesAccess.invalidHostPage();
    }
}
