package org.hutong.transfer;

/**
 * One refused row as pages and the API show it.
 *
 * @param field the field's name, or empty for the row as a whole
 */
public record ErrorRow(int row, String field, String message) {
}
