package fr.guichet.attachments;

import static fr.guichet.attachments.FileTypes.REGISTRY;
import static fr.guichet.attachments.FileTypes.TYPES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The media type of a file from its bytes alone: Tika's magic-byte detection (tika-core, no parser runs), never the
 * name nor the type the browser claims. Office containers, which magic bytes only tell as « some ZIP » or « some
 * OLE2 file », are told apart by the names of the parts they hold, read as plain bytes (nothing is decompressed).
 */
final class ContentDetection {

    private static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final byte[] CONTENT_TYPES = ascii("[Content_Types].xml");

    private ContentDetection() {
    }

    /** The detected type, without parameters; {@code application/octet-stream} when nothing is recognised. */
    static MediaType detect(byte[] content) {
        MediaType type;
        try {
            type = REGISTRY.normalize(TYPES.detect(new ByteArrayInputStream(content), new Metadata()).getBaseType());
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        if (type.equals(MediaType.APPLICATION_ZIP) || type.equals(OOXML)) {
            return officeOpenXml(type, content);
        }
        if (type.equals(OLE2)) {
            return legacyOffice(content);
        }
        return type;
    }

    /** A ZIP holding {@code [Content_Types].xml} and a Word, Excel or PowerPoint main part is that document. */
    private static MediaType officeOpenXml(MediaType type, byte[] content) {
        if (indexOf(content, CONTENT_TYPES) < 0) {
            return type;
        }
        if (indexOf(content, ascii("word/document.xml")) >= 0) {
            return MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (indexOf(content, ascii("xl/workbook.xml")) >= 0) {
            return MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (indexOf(content, ascii("ppt/presentation.xml")) >= 0) {
            return MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation");
        }
        return OOXML;
    }

    /** An OLE2 file's streams are named in UTF-16: WordDocument, Workbook, PowerPoint Document. */
    private static MediaType legacyOffice(byte[] content) {
        if (indexOf(content, utf16("WordDocument")) >= 0) {
            return MediaType.application("msword");
        }
        if (indexOf(content, utf16("Workbook")) >= 0 || indexOf(content, utf16("Book")) >= 0) {
            return MediaType.application("vnd.ms-excel");
        }
        if (indexOf(content, utf16("PowerPoint Document")) >= 0) {
            return MediaType.application("vnd.ms-powerpoint");
        }
        return OLE2;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16LE);
    }
}
