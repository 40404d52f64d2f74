package fr.guichet.attachments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, told from its content, and which of a field's extensions (« pdf », « jpg ») it answers to. The
 * extensions a designer lists mean the media types Tika's registry gives them; text formats that magic bytes cannot
 * tell apart (CSV, plain text) answer to any plain text.
 */
public final class FileTypes {

    static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    private static final Set<MediaType> PREVIEWABLE = Set.of(MediaType.application("pdf"), MediaType.image("jpeg"),
            MediaType.image("png"), MediaType.image("gif"), MediaType.image("webp"));

    /** What people call each family of files, most specific first. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("application/pdf", "un document PDF");
        LABELS.put("image/jpeg", "une image JPEG");
        LABELS.put("image/png", "une image PNG");
        LABELS.put("image/gif", "une image GIF");
        LABELS.put("image/webp", "une image WebP");
        LABELS.put("image/heic", "une photo HEIC");
        LABELS.put("image/heif", "une photo HEIF");
        LABELS.put("image/tiff", "une image TIFF");
        LABELS.put("image/bmp", "une image BMP");
        LABELS.put("image/svg+xml", "une image SVG");
        LABELS.put("application/msword", "un document Word");
        LABELS.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "un document Word");
        LABELS.put("application/vnd.ms-excel", "un tableur Excel");
        LABELS.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "un tableur Excel");
        LABELS.put("application/vnd.ms-powerpoint", "une présentation PowerPoint");
        LABELS.put("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "une présentation PowerPoint");
        LABELS.put("application/vnd.oasis.opendocument.text", "un document OpenDocument (texte)");
        LABELS.put("application/vnd.oasis.opendocument.spreadsheet", "un tableur OpenDocument");
        LABELS.put("application/vnd.oasis.opendocument.presentation", "une présentation OpenDocument");
        LABELS.put("application/x-tika-ooxml", "un document Microsoft Office");
        LABELS.put("application/x-tika-msoffice", "un document Microsoft Office");
        LABELS.put("application/x-msdownload", "un programme Windows");
        LABELS.put("application/x-elf", "un programme");
        LABELS.put("application/x-mach-o", "un programme");
        LABELS.put("application/java-archive", "un programme Java");
        LABELS.put("application/zip", "une archive ZIP");
        LABELS.put("application/x-rar-compressed", "une archive RAR");
        LABELS.put("application/x-7z-compressed", "une archive 7-Zip");
        LABELS.put("application/gzip", "une archive GZIP");
        LABELS.put("application/x-tar", "une archive TAR");
        LABELS.put("text/html", "une page web (HTML)");
        LABELS.put("application/xhtml+xml", "une page web (HTML)");
        LABELS.put("application/xml", "un fichier XML");
        LABELS.put("text/x-sh", "un script");
        LABELS.put("application/x-sh", "un script");
        LABELS.put("text/plain", "un fichier texte");
    }

    private FileTypes() {
    }

    /**
     * The browser's {@code accept} list for a field's extensions: each extension and its media type, so that
     * {@code photo.jpeg} is offered for a field that lists « jpg ». The server checks again, from the content.
     */
    public static List<String> browserAccept(List<String> extensions) {
        Set<String> accept = new LinkedHashSet<>();
        for (String extension : extensions) {
            accept.add("." + extension);
            MediaType declared = declared(extension);
            if (!declared.equals(MediaType.OCTET_STREAM)) {
                accept.add(declared.toString());
            }
        }
        return List.copyOf(accept);
    }

    /** « PDF, JPG, PNG »: a field's extensions as the messages name them. */
    public static String names(List<String> extensions) {
        return extensions.stream().map(extension -> extension.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /** What a file of this media type is, in French (« un document Word »); empty when nothing could be told. */
    public static Optional<String> label(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        if (type == null || type.equals(MediaType.OCTET_STREAM)) {
            return Optional.empty();
        }
        type = REGISTRY.normalize(type.getBaseType());
        for (Map.Entry<String, String> entry : LABELS.entrySet()) {
            if (REGISTRY.isInstanceOf(type, MediaType.parse(entry.getKey()))) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.of(switch (type.getType()) {
            case "image" -> "une image";
            case "audio" -> "un fichier audio";
            case "video" -> "une vidéo";
            case "text" -> "un fichier texte";
            default -> "un fichier de type " + type;
        });
    }

    /** Whether browsers may show files of this type inline without running anything: images and PDF. */
    public static boolean previewable(String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        return type != null && PREVIEWABLE.contains(type.getBaseType());
    }

    /**
     * Whether content detected as {@code detected} is a file of this extension: the extension's own type or a
     * specialisation of it (a Word document is a ZIP archive); for text formats, that type or plain text only.
     */
    static boolean answersTo(MediaType detected, String extension) {
        MediaType declared = declared(extension);
        if (declared.equals(MediaType.OCTET_STREAM) || detected.equals(MediaType.OCTET_STREAM)) {
            return false;
        }
        MediaType type = REGISTRY.normalize(detected.getBaseType());
        if (declared.getType().equals("text")) {
            // Every text type specialises text/plain: a web page is no plain text file for a field that wants one.
            return type.equals(declared) || type.equals(MediaType.TEXT_PLAIN);
        }
        return REGISTRY.isInstanceOf(type, declared);
    }

    /** The media type an extension stands for in Tika's registry; {@code application/octet-stream} if unknown. */
    static MediaType declared(String extension) {
        MimeType type = TYPES.getMimeType("fichier." + extension.toLowerCase(Locale.ROOT));
        return REGISTRY.normalize(type.getType());
    }

    /** The extensions Tika knows for a media type (« jpg », « jpeg »…), without their dot. */
    static List<String> knownExtensions(MediaType type) {
        try {
            List<String> extensions = new ArrayList<>();
            TYPES.forName(type.getBaseType().toString()).getExtensions()
                    .forEach(extension -> extensions.add(extension.substring(1).toLowerCase(Locale.ROOT)));
            return extensions;
        } catch (MimeTypeException unknown) {
            return List.of();
        }
    }
}
