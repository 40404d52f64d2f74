package fr.guichet.notifications;

/**
 * What one delivery run did.
 *
 * @param retrying attempts that failed and are scheduled again
 * @param failed sends given up (no attempt left, or an address refused for good)
 */
public record DeliveryReport(int sent, int retrying, int failed) {

    public int attempted() {
        return sent + retrying + failed;
    }
}
