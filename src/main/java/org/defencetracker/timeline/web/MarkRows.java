package org.defencetracker.timeline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of one lane of the drawing: each mark goes into the highest row where it covers no other mark, so that
 * marks of the same day or month stack instead of hiding one another. A lane holds at most {@link #MAX_ROWS} rows;
 * the marks that would need more share the last row in clusters that say how many they are.
 */
final class MarkRows {

    static final int MAX_ROWS = 6;

    /** Room kept between two marks in a row, in the drawing's units. */
    static final double GAP = 2;

    private MarkRows() {}

    /** A mark's horizontal extent; {@code index} says which of the lane's marks it is. */
    record Span(int index, double left, double right) {}

    /** Marks placed alone, each with its row, and the clusters of the last row. */
    record Placed(int[] rows, List<List<Span>> clusters, int rowsUsed) {}

    static Placed place(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingDouble(Span::left).thenComparingInt(Span::index));
        int[] rows = new int[spans.size()];
        List<Double> rowEnds = new ArrayList<>();
        for (Span span : sorted) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + GAP > span.left()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(span.right());
            } else {
                rowEnds.set(row, span.right());
            }
            rows[span.index()] = row;
        }
        if (rowEnds.size() <= MAX_ROWS) {
            return new Placed(rows, List.of(), rowEnds.size());
        }
        // Too many rows: what lies in the last row or below is gathered where the marks overlap.
        int last = MAX_ROWS - 1;
        List<List<Span>> clusters = new ArrayList<>();
        double clusterEnd = Double.NEGATIVE_INFINITY;
        for (Span span : sorted) {
            if (rows[span.index()] < last) {
                continue;
            }
            rows[span.index()] = last;
            if (clusters.isEmpty() || span.left() > clusterEnd + GAP) {
                clusters.add(new ArrayList<>());
                clusterEnd = span.right();
            }
            clusters.get(clusters.size() - 1).add(span);
            clusterEnd = Math.max(clusterEnd, span.right());
        }
        List<List<Span>> shared = clusters.stream().filter(c -> c.size() > 1).toList();
        for (List<Span> cluster : shared) {
            cluster.forEach(span -> rows[span.index()] = -1);
        }
        return new Placed(rows, shared, MAX_ROWS);
    }
}
