package fr.guichet.requests;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the agents' inbox; {@code null} means any.
 *
 * @param procedureId one procedure
 * @param status one workflow state
 * @param assignee one agent's e-mail; {@link #UNASSIGNED} for requests nobody took
 * @param channel one channel
 * @param from submitted on or after this day (Paris time)
 * @param to submitted on or before this day
 * @param overdueOnly only open requests past their processing target
 * @param order how to sort
 * @param team the team the requests are assigned to
 */
public record InboxQuery(@Nullable UUID procedureId, @Nullable String status, @Nullable String assignee,
        @Nullable Channel channel, @Nullable LocalDate from, @Nullable LocalDate to, boolean overdueOnly,
        Order order, @Nullable TeamFilter team) {

    public static final String UNASSIGNED = "-";

    public enum Order { NEWEST, OLDEST, DUE_FIRST }

    /** The filters without a team filter. */
    public InboxQuery(@Nullable UUID procedureId, @Nullable String status, @Nullable String assignee,
            @Nullable Channel channel, @Nullable LocalDate from, @Nullable LocalDate to, boolean overdueOnly,
            Order order) {
        this(procedureId, status, assignee, channel, from, to, overdueOnly, order, null);
    }

    public static InboxQuery all() {
        return new InboxQuery(null, null, null, null, null, null, false, Order.NEWEST);
    }

    public InboxQuery withStatus(@Nullable String newStatus) {
        return new InboxQuery(procedureId, newStatus, assignee, channel, from, to, overdueOnly, order, team);
    }

    public InboxQuery withTeam(@Nullable TeamFilter newTeam) {
        return new InboxQuery(procedureId, status, assignee, channel, from, to, overdueOnly, order, newTeam);
    }
}
