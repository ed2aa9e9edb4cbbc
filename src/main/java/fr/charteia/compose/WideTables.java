package fr.charteia.compose;

/**
 * When a table with one column per data category or per role is printed as a list instead. An A4
 * portrait page holds a row-header column and about eight status columns whose headers stay
 * readable (a column is then some 18 mm wide, room for « ⚠ Sous conditions » on two lines); past
 * that, headers break inside words, the table spills across pages, and its size grows as the
 * product of two lists (500 tools × 500 categories is 250,000 cells to lay out). So a tool × data
 * matrix with more than {@link #MAX_STATUS_COLUMNS} data categories becomes one row per tool
 * listing the categories by status, and a roles × uses grid with more than that many roles one row
 * per use listing the roles: the same facts, in a text whose length follows what the rules say.
 */
final class WideTables {

    /** The most status columns a matrix or grid keeps; every sample stays at or below it. */
    static final int MAX_STATUS_COLUMNS = 8;

    private WideTables() {
    }

    /** Whether a table with {@code statusColumns} status columns is printed as a list. */
    static boolean listed(int statusColumns) {
        return statusColumns > MAX_STATUS_COLUMNS;
    }
}
