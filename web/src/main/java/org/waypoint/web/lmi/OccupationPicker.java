package org.waypoint.web.lmi;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The occupations a plan's LMI section reviews, as staff pick them on lmi/review.xhtml without
 * knowing SOC codes: titles in a list, the career goal first, reordered, made the goal or removed
 * one at a time, and never more than the section takes. Plain Java so each move is unit-tested; the
 * page's view holds one and asks it for the codes to save.
 */
public final class OccupationPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One occupation picked: its SOC code and title (the title as the search or the saved figures name it). */
    public record Choice(String soc, String title) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Choice {
            Objects.requireNonNull(soc, "soc");
        }
    }

    private final int max;
    private final List<Choice> chosen = new ArrayList<>();

    OccupationPicker(int max) {
        this.max = max;
    }

    /** The SOC codes of a link's {@code socs} parameter ("31-9091,29-1292"), once each, in order. */
    static List<String> codes(String socs) {
        if (socs == null || socs.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(socs.split("[,;\\s]+"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList()));
    }

    List<Choice> chosen() {
        return List.copyOf(chosen);
    }

    List<String> socs() {
        return chosen.stream().map(Choice::soc).toList();
    }

    boolean isEmpty() {
        return chosen.isEmpty();
    }

    boolean isFull() {
        return chosen.size() >= max;
    }

    boolean contains(String soc) {
        return indexOf(soc) >= 0;
    }

    /** The list replaced at once (a saved review opened, or the list a link brought). */
    void replace(List<Choice> choices) {
        chosen.clear();
        for (Choice choice : choices) {
            add(choice);
        }
    }

    /**
     * Adds an occupation at the end (the goal when the list is empty).
     *
     * @return false when it is already in the list or the list is full; the list is then unchanged
     */
    boolean add(Choice choice) {
        if (contains(choice.soc()) || isFull()) {
            return false;
        }
        chosen.add(choice);
        return true;
    }

    void remove(String soc) {
        int at = indexOf(soc);
        if (at >= 0) {
            chosen.remove(at);
        }
    }

    /** Makes the occupation the career goal: first in the list, the others keeping their order. */
    void makeGoal(String soc) {
        int at = indexOf(soc);
        if (at > 0) {
            chosen.add(0, chosen.remove(at));
        }
    }

    void moveUp(String soc) {
        int at = indexOf(soc);
        if (at > 0) {
            chosen.add(at - 1, chosen.remove(at));
        }
    }

    void moveDown(String soc) {
        int at = indexOf(soc);
        if (at >= 0 && at < chosen.size() - 1) {
            chosen.add(at + 1, chosen.remove(at));
        }
    }

    private int indexOf(String soc) {
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i).soc().equals(soc)) {
                return i;
            }
        }
        return -1;
    }
}
