package fr.guichet.requests;

/** Someone else changed the request since it was displayed: nothing was written, the agent reloads and retries. */
public class RequestChangedMeanwhile extends RuntimeException {

    public RequestChangedMeanwhile(String reference) {
        super("La demande " + reference + " vient d’être modifiée par une autre personne : rien n’a été enregistré."
                + " Rechargez-la pour voir son état actuel, puis recommencez si besoin.");
    }
}
