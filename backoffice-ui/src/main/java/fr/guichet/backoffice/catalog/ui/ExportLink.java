package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.guichet.catalog.ProcedureFile;
import fr.guichet.catalog.ProcedureFiles;
import fr.guichet.catalog.ProcedureOverview;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * « Exporter » for one procedure: downloads the version designers work on as {@code <slug>.demarche.json}, a file
 * that another commune imports. The file is written when the link is followed, so it is never stale.
 */
class ExportLink extends Anchor {

    ExportLink(ProcedureFiles files, ProcedureOverview overview) {
        setText(getTranslation("backoffice.procedures.export"));
        setHref(download(files, overview.id()), AttachmentType.DOWNLOAD);
        setAriaLabel(getTranslation("backoffice.procedures.export") + " : " + overview.title());
    }

    private static DownloadHandler download(ProcedureFiles files, UUID id) {
        return event -> {
            Optional<ProcedureFile> file = files.export(id);
            if (file.isEmpty()) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            }
            byte[] content = file.get().toJson().getBytes(StandardCharsets.UTF_8);
            event.setFileName(file.get().fileName());
            event.setContentType("application/json;charset=UTF-8");
            event.setContentLength(content.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(content);
            }
        };
    }
}
