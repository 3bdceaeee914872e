package org.hutong.customers.imports;

/**
 * Why one row of the file was refused.
 *
 * @param row the row's number in the file (the header is row 1)
 * @param field the column's field, or {@code null} for the row as a whole
 * @param message the reason in the importer's language
 */
record RowError(int row, ImportField field, String message) {
}
