package fr.guichet.documents;

import java.util.List;

/**
 * What a document template says.
 *
 * @param key stable identifier a workflow's action names it by
 * @param title one line, e.g. « Convocation pour la remise de votre titre »
 * @param body the letter's text, paragraphs separated by blank lines
 */
public record DocumentTemplateText(String key, String title, String body) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;
    /** The variables a document may use: the request's, the decision's comment, the day it is issued. */
    public static final List<String> VARIABLES = List.of("name", "reference", "procedure", "status", "comment",
            "date", "commune");
}
