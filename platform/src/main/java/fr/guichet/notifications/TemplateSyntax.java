package fr.guichet.notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code {{variable}}} syntax of templates (notifications, and the documents a workflow generates): checking
 * what a commune writes, and rendering as plain text or as simple HTML where every part written by someone (template
 * and values alike) is escaped.
 */
public final class TemplateSyntax {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern WEB_LINK = Pattern.compile("^https?://[^\\s\"<>]+$");

    private TemplateSyntax() {
    }

    /** What is wrong with one part of a template, in French; empty when it is fine. */
    public static List<String> problems(String part, String text, int maxLength, List<String> allowed) {
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add(part + " : le texte ne peut pas être vide.");
            return problems;
        }
        if (text.length() > maxLength) {
            problems.add(part + " : " + text.length() + " caractères pour " + maxLength + " au plus ; raccourcissez-le.");
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher placeholders = PLACEHOLDER.matcher(text);
        while (placeholders.find()) {
            if (!allowed.contains(placeholders.group(1))) {
                unknown.add(placeholders.group(1));
            }
        }
        for (String name : unknown) {
            problems.add(part + " : la variable {{" + name + "}} n’existe pas pour ce modèle. Variables possibles : "
                    + String.join(", ", allowed.stream().map(v -> "{{" + v + "}}").toList()) + ".");
        }
        String outside = PLACEHOLDER.matcher(text).replaceAll("");
        if (outside.contains("{{") || outside.contains("}}")) {
            problems.add(part + " : des accolades {{ }} ne forment pas une variable ; écrivez par exemple {{"
                    + allowed.getFirst() + "}}.");
        }
        return problems;
    }

    /** The text with each placeholder replaced by its value (unknown ones by nothing). */
    public static String render(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }

    /** One line: for subjects and titles, whatever line breaks a value held. */
    public static String renderLine(String text, Map<String, String> values) {
        return render(text, values).replaceAll("\\s+", " ").strip();
    }

    /**
     * Simple HTML: paragraphs at blank lines, line breaks kept, everything escaped; a {@code link} value that is a
     * web address becomes a link.
     */
    static String renderHtml(String text, Map<String, String> values) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family: sans-serif; line-height: 1.5\">");
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(paragraphHtml(paragraph.strip(), values)).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String paragraphHtml(String paragraph, Map<String, String> values) {
        StringBuilder html = new StringBuilder();
        Matcher placeholders = PLACEHOLDER.matcher(paragraph);
        int last = 0;
        while (placeholders.find()) {
            html.append(escape(paragraph.substring(last, placeholders.start())));
            String value = values.getOrDefault(placeholders.group(1), "");
            if (placeholders.group(1).equals("link") && WEB_LINK.matcher(value).matches()) {
                html.append("<a href=\"").append(escape(value)).append("\">").append(escape(value)).append("</a>");
            } else {
                html.append(escape(value));
            }
            last = placeholders.end();
        }
        return html.append(escape(paragraph.substring(last))).toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replaceAll("\\R", "<br>");
    }
}
