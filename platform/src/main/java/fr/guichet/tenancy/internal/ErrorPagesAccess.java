package fr.guichet.tenancy.internal;

/** Lets the tenancy API hand out the invalid-host page without opening {@link ErrorPages} itself. */
public final class ErrorPagesAccess {

    private ErrorPagesAccess() {
    }

    public static String invalidHostPage() {
        return ErrorPages.invalidHostPage();
    }
}
