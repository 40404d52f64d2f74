package fr.guichet.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalisation and validation of host names (RFC 1123 labels, lower case, no port, no trailing dot). */
public final class HostNames {

    private static final Pattern LABEL = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");

    private HostNames() {
    }

    /** The host of a {@code Host} header value, normalised; empty when it is not a valid host name. */
    public static Optional<String> fromHeader(String header) {
        String host = header.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            String port = host.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(port) > 65_535) {
                return Optional.empty();
            }
            host = host.substring(0, colon);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return isValid(host) ? Optional.of(host) : Optional.empty();
    }

    /** Whether {@code host} is a normalised, valid DNS host name. */
    public static boolean isValid(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
