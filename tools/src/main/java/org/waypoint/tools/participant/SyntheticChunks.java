package org.waypoint.tools.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The people of a run, a chunk at a time, the next chunk made on a thread of its own while the
 * caller writes the one before: making up people (their plans' JSON above all) and the database's
 * work on the rows then overlap instead of taking turns. One thread makes every chunk, in order, so
 * the same seed still gives the same people in the same order.
 *
 * <p>{@link SyntheticPeople} and its random streams are not thread-safe, and need not be: only the
 * maker thread touches them, one task after another on a single-thread executor, and the caller
 * reads a chunk only through its {@link Future}, whose {@code get} makes what the maker wrote
 * visible. The caller must not use {@code people} itself while chunks are being made.
 */
final class SyntheticChunks implements AutoCloseable {

    private final SyntheticPeople people;
    private final int chunk;
    private final ExecutorService maker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "synthetic-people");
        thread.setDaemon(true);
        return thread;
    });
    private int left;
    private Future<List<SyntheticPerson>> next;

    SyntheticChunks(SyntheticPeople people, int count, int chunk) {
        this.people = people;
        this.chunk = chunk;
        this.left = count;
        this.next = makeNext();
    }

    /** The next chunk of at most {@code chunk} people, and the one after it started. */
    List<SyntheticPerson> next() {
        List<SyntheticPerson> made;
        try {
            made = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making up participants", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
        next = makeNext();
        return made;
    }

    private Future<List<SyntheticPerson>> makeNext() {
        int size = Math.min(chunk, left);
        left -= size;
        if (size == 0) {
            return null;
        }
        return maker.submit(() -> {
            List<SyntheticPerson> made = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                made.add(people.next());
            }
            return made;
        });
    }

    @Override
    public void close() {
        maker.shutdownNow();
    }
}
