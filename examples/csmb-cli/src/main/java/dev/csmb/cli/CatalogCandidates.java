package dev.csmb.cli;

import dev.csmb.api.CatalogId;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import java.util.Iterator;

/**
 * The catalog's wire ids as picocli completion candidates, so {@code --help} lists the accepted values and
 * shell completion offers them. Values are still passed on as text: the codec reports unknown ones.
 */
final class CatalogCandidates {

    private CatalogCandidates() {
    }

    static final class Priorities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CatalogId.ids(Priority.class).iterator();
        }
    }

    static final class Features implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CatalogId.ids(Feature.class).iterator();
        }
    }

    static final class TeamSizes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CatalogId.ids(TeamSize.class).iterator();
        }
    }

    static final class Complexities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CatalogId.ids(Complexity.class).iterator();
        }
    }

    static final class SessionSinks implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CatalogId.ids(SessionSink.class).iterator();
        }
    }
}
