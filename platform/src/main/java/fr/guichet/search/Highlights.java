package fr.guichet.search;

/**
 * Extracts made safe HTML here rather than trusted from the highlighter: the highlighter marks the words found with
 * two private-use characters and leaves the text as typed; this escapes the text, then turns the marks into
 * {@code <mark>} elements, always paired. A private-use character typed by a citizen can at worst highlight some
 * text: nothing a citizen types can become markup.
 */
final class Highlights {

    static final String START = "\uE000";
    static final String END = "\uE001";

    private Highlights() {
    }

    static String safeHtml(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '\uE000' -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case '\uE001' -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
