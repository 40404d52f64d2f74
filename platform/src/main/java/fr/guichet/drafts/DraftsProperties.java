package fr.guichet.drafts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Drafts' lifetime and size ({@code guichet.drafts.*}).
 *
 * @param retention how long a draft lives after it was last saved (then its answers are deleted)
 * @param tombstoneRetention how long, after that, the citizen is still told that the draft expired
 * @param maxAnswersSize the largest answers a draft keeps, as JSON (files are not in it, only their references)
 * @param purgeInterval how often the expired drafts of every tenant are purged
 */
@ConfigurationProperties("guichet.drafts")
public record DraftsProperties(@DefaultValue("30d") Duration retention,
        @DefaultValue("90d") Duration tombstoneRetention, @DefaultValue("256KB") DataSize maxAnswersSize,
        @DefaultValue("1h") Duration purgeInterval) {
}
