package fr.guichet.attachments;

import java.util.UUID;

/**
 * Whether the signed-in agent may see a request, and so its files. Implemented by the feature that owns requests
 * (which depends on this one): a request outside the agent's scope has no files for them.
 */
public interface AttachmentAccess {

    boolean agentMaySee(UUID requestId);
}
