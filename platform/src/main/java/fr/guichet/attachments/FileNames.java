package fr.guichet.attachments;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file's name as the browser gave it, made safe to store, show and offer for download: no folder, no control or
 * invisible formatting character (a right-to-left override can make {@code facture‮fdp.exe} read as
 * {@code facture.exe…pdf}), no character Windows refuses, at most 255 characters with the extension kept.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;
    /** Letters and digits, at least one letter (« 2024 » in « compte.rendu.2024 » is no extension). */
    private static final Pattern EXTENSION = Pattern.compile("(?=.*[a-z])[a-z0-9]{1,10}");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FileNames() {
    }

    static String sanitise(String given) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED -> false;
            default -> true;
        }).forEach(kept::appendCodePoint);
        name = RESERVED.matcher(kept).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "document";
        }
        return shorten(name);
    }

    /** The extension (lower case, without the dot) if the name has one that looks like an extension, else "". */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(extension).matches() ? extension : "";
    }

    /** The name with its extension replaced by (or, without one, followed by) {@code extension}. */
    static String withExtension(String name, String extension) {
        String current = extension(name);
        String base = current.isEmpty() ? name : name.substring(0, name.length() - current.length() - 1);
        return shorten(base + "." + extension);
    }

    /** The name followed by {@code extension}, when what follows its last dot is no extension. */
    static String withAddedExtension(String name, String extension) {
        return shorten(name + "." + extension);
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() ? "" : "." + extension;
        int end = MAX_LENGTH - suffix.length();
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).strip() + suffix;
    }
}
