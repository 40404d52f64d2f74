package fr.guichet.branding;

import org.jspecify.annotations.Nullable;

/**
 * How a tenant looks in all three UIs.
 *
 * @param bannerText optional announcement shown under the portal header
 * @param logoMediaType {@code image/png} or {@code image/svg+xml} when a logo was uploaded
 * @param version changes with every update: part of the stylesheet URL and of cache keys
 */
public record Branding(String displayName, BrandColour primary, BrandColour secondary, @Nullable String bannerText,
        @Nullable String logoMediaType, long version) {

    public static final BrandColour DEFAULT_PRIMARY = BrandColour.of("#1f4e8c");
    public static final BrandColour DEFAULT_SECONDARY = BrandColour.of("#2f5d3a");

    static Branding defaultsFor(String name) {
        return new Branding(name, DEFAULT_PRIMARY, DEFAULT_SECONDARY, null, null, 0);
    }

    public boolean hasLogo() {
        return logoMediaType != null;
    }
}
