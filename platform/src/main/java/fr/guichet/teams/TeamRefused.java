package fr.guichet.teams;

/** A change to a team that cannot be made, with a French message saying what to do. */
public class TeamRefused extends RuntimeException {

    TeamRefused(String message) {
        super(message);
    }
}
