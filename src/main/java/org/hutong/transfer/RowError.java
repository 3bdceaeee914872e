package org.hutong.transfer;

/**
 * Why one row of the file was refused.
 *
 * @param row the row's number in the file (the header is row 1)
 * @param field the column's field (a constant of the subject's field enum), or {@code null} for the row as a whole
 * @param message the reason in the importer's language
 */
public record RowError(int row, Enum<?> field, String message) {
}
