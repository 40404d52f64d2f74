package fr.guichet.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.tika.mime.MediaType;

/**
 * The checks of an uploaded file, before anything is stored: not empty, not too big (read no further than the
 * limit), of a type the field accepts as told by its content, and named so that its name does not lie about it.
 */
final class Inspection {

    /** What the checks found. */
    sealed interface Verdict permits Passed, Refusal {
    }

    /** A file that passed: its cleaned name (extension made truthful), detected type and bytes. */
    record Passed(String name, MediaType type, byte[] content) implements Verdict {
    }

    /** A file refused, with a message the citizen can act on. */
    record Refusal(String message) implements Verdict {
    }

    private Inspection() {
    }

    /** @param limit the largest size allowed, in bytes (the field's, within the platform's hard limit) */
    static Verdict inspect(List<String> accepted, long limit, String givenName, InputStream input) throws IOException {
        byte[] content = input.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (content.length == 0) {
            return new Refusal("Ce fichier est vide : choisissez un autre fichier.");
        }
        if (content.length > limit) {
            return tooBig(limit, input);
        }
        MediaType type = ContentDetection.detect(content);
        String formats = FileTypes.names(accepted);
        if (accepted.stream().noneMatch(extension -> FileTypes.answersTo(type, extension))) {
            return FileTypes.label(type.toString())
                    .map(label -> refused("Ce fichier est " + label + " ; formats acceptés : " + formats + "."))
                    .orElseGet(() -> refused("Le format de ce fichier n’a pas pu être reconnu ; formats acceptés : "
                            + formats + "."));
        }
        String name = FileNames.sanitise(givenName);
        String extension = FileNames.extension(name);
        if (accepted.contains(extension) && FileTypes.answersTo(type, extension)) {
            return new Passed(name, type, content);
        }
        String truthful = accepted.stream().filter(candidate -> FileTypes.answersTo(type, candidate)).findFirst()
                .orElseThrow();
        if (extension.isEmpty() || FileTypes.declared(extension).equals(MediaType.OCTET_STREAM)) {
            // No extension, or a part of the name nobody knows as one (« compte.rendu »): the true one is added.
            return new Passed(FileNames.withAddedExtension(name, truthful), type, content);
        }
        if (FileTypes.knownExtensions(type).contains(extension)) {
            // Another spelling of the same type (.jpeg where the field says « jpg »): not a lie, the field's is used.
            return new Passed(FileNames.withExtension(name, truthful), type, content);
        }
        return refused("Ce fichier est " + FileTypes.label(type.toString()).orElseThrow() + " mais son nom se termine"
                + " par « ." + extension + " » : renommez-le en « ." + truthful + " » puis joignez-le à nouveau.");
    }

    /** Counts the rest of a file too big (up to four times the limit) to say how big it is. */
    private static Refusal tooBig(long limit, InputStream rest) throws IOException {
        long size = limit + 1;
        long cap = Math.max(limit, 1) * 4;
        byte[] buffer = new byte[8192];
        int read;
        while (size < cap && (read = rest.read(buffer, 0, (int) Math.min(buffer.length, cap - size))) > 0) {
            size += read;
        }
        String weight = size >= cap ? "plus de " + FileSizes.megabytes(cap) : FileSizes.megabytes(size);
        return refused("Ce fichier pèse " + weight + " Mo ; la taille maximale est de " + FileSizes.megabytes(limit)
                + " Mo.");
    }

    private static Refusal refused(String message) {
        return new Refusal(message);
    }
}
