package org.waypoint.service.reference;

import org.waypoint.service.common.Text;

/**
 * The official answer to "is this occupation in demand here?": whether the local board's or the
 * state board's list names it (WIOA sec. 3(23): theirs to decide), or that no list is loaded, in
 * which case the answer is "not known", never "not in demand". Plans and their PDFs print
 * {@link #text()}.
 *
 * @param listName the board whose list answers: the LWDA's name for a local list, the state's name
 */
public record InDemandLabel(Status status, String listName, String text) implements java.io.Serializable {

    public enum Status {
        /** On the local board's list. */
        LOCAL_LIST,
        /** On the state board's list. */
        STATE_LIST,
        /** The boards have lists and this occupation is on none of them. */
        NOT_LISTED,
        /** Neither board's list is loaded: Waypoint cannot say (Georgia today). */
        NO_LIST
    }

    /** Whether a board's list names the occupation. */
    public boolean listed() {
        return status == Status.LOCAL_LIST || status == Status.STATE_LIST;
    }

    /**
     * {@link #text()} in the reader's language (issue 19); {@link #text()} stays the English that
     * plans store and the REST API answers.
     */
    public Text message() {
        return switch (status) {
            case LOCAL_LIST -> Text.of("reference.inDemand.label.local", listName);
            case STATE_LIST -> Text.of("reference.inDemand.label.state", listName);
            case NOT_LISTED -> Text.of("reference.inDemand.label.notListed", listName, stateName());
            case NO_LIST ->
                listName == null
                        ? Text.of("reference.inDemand.label.noOccupation")
                        : Text.of("reference.inDemand.label.noList", listName, stateName());
        };
    }

    /** The state's name as {@link #text()} carries it, after the LWDA's name. */
    private String stateName() {
        String prefix = status == Status.NOT_LISTED
                ? "Not on the official in-demand lists of " + listName + " or "
                : "Not known: no official in-demand list or projections are loaded for " + listName + " (";
        String suffix = status == Status.NOT_LISTED ? "." : ").";
        return text.startsWith(prefix) && text.endsWith(suffix)
                ? text.substring(prefix.length(), text.length() - suffix.length())
                : "";
    }

    public static InDemandLabel local(String lwdaName) {
        return new InDemandLabel(
                Status.LOCAL_LIST, lwdaName, "In demand: on the " + lwdaName + " local board's in-demand list.");
    }

    public static InDemandLabel state(String stateName) {
        return new InDemandLabel(
                Status.STATE_LIST, stateName, "In demand: on the " + stateName + " state board's in-demand list.");
    }

    public static InDemandLabel notListed(String lwdaName, String stateName) {
        return new InDemandLabel(
                Status.NOT_LISTED,
                lwdaName,
                "Not on the official in-demand lists of " + lwdaName + " or " + stateName + ".");
    }

    public static InDemandLabel noList(String lwdaName, String stateName) {
        return new InDemandLabel(
                Status.NO_LIST,
                lwdaName,
                "Not known: no official in-demand list or projections are loaded for " + lwdaName + " (" + stateName
                        + ").");
    }

    /** For a goal named only by a cluster: no occupation to look up. */
    public static InDemandLabel noOccupation() {
        return new InDemandLabel(
                Status.NO_LIST, null, "Not looked up: the goal names no occupation (SOC code), only a cluster.");
    }
}
