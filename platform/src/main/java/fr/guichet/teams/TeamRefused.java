package fr.guichet.teams;

/** A change to a team that cannot be made, with a French message saying what to do. */
public class TeamRefused extends RuntimeException {

    private final boolean aboutName;

    TeamRefused(String message) {
        this(message, false);
    }

    TeamRefused(String message, boolean aboutName) {
        super(message);
        this.aboutName = aboutName;
    }

    /** Whether the team's name is what to correct (empty, too long, already taken). */
    public boolean aboutName() {
        return aboutName;
    }
}
