/**
 * Documents issued to requests: the commune's document templates ({@code {{variables}}} as in notifications), the
 * PDFs a workflow state generates from them, and the letters to post to citizens who prefer post.
 */
@NullMarked
package fr.guichet.documents;

import org.jspecify.annotations.NullMarked;
