package fr.guichet.branding;

import fr.guichet.tenancy.TenantContext;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the branding of the host's tenant: a stylesheet of CSS custom properties that every UI loads, and the
 * logo. The operator host gets the platform defaults.
 */
@RestController
class ThemeEndpoint {

    private final BrandingService branding;

    ThemeEndpoint(BrandingService branding) {
        this.branding = branding;
    }

    @GetMapping(value = "/theme/tenant.css", produces = "text/css")
    ResponseEntity<String> stylesheet() {
        Branding current = TenantContext.current().isPresent()
                ? branding.current()
                : Branding.defaultsFor("Guichet");
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .eTag(Long.toString(current.version()))
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .body(BrandingCss.of(current));
    }

    @GetMapping("/theme/logo")
    ResponseEntity<byte[]> logo() {
        if (TenantContext.current().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return branding.currentLogo()
                .map(logo -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES))
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                        .header("X-Content-Type-Options", "nosniff")
                        .contentType(MediaType.valueOf(logo.mediaType())).body(logo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
