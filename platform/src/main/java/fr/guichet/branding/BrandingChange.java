package fr.guichet.branding;

import org.jspecify.annotations.Nullable;

/** What an operator submits on the branding form; colours as typed ({@code #1f4e8c}). */
public record BrandingChange(String displayName, String primaryColour, String secondaryColour,
        @Nullable String bannerText) {
}
