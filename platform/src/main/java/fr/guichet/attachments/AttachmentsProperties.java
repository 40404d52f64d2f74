package fr.guichet.attachments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of attachments ({@code guichet.attachments.*}).
 *
 * @param maxFileSize the hard limit of one file, whatever a form field allows (a field allows 20 Mo at most); the
 *     servlet's multipart limits ({@code spring.servlet.multipart.*}) must let it through
 * @param pendingRetention how long an uploaded file waits for its request before it is deleted
 * @param maxPendingPerUploader how many files one uploader may keep pending at once
 */
@ConfigurationProperties("guichet.attachments")
public record AttachmentsProperties(@DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("24h") Duration pendingRetention, @DefaultValue("30") int maxPendingPerUploader) {
}
