package org.hutong.transfer;

import java.util.Arrays;
import java.util.List;

/**
 * What one module imports: the subject name its jobs carry, its field enum, the field every mapping
 * must have (the key rows are matched by) and the message keys of field labels
 * ({@code <labelPrefix><FIELD>}) and of that field's absence.
 */
public record ImportSubject<F extends Enum<F> & ImportColumn>(String name, Class<F> fields, F required,
		String requiredMissing, String labelPrefix) {

	public List<F> all() {
		return Arrays.asList(fields.getEnumConstants());
	}

	public String labelKey(Enum<?> field) {
		return labelPrefix + field.name();
	}

	/**
	 * The widest file: so many columns that even with every one mapped to the longest field name the
	 * mapping fits its column. Far more than any list has.
	 */
	public int maxColumns() {
		int longest = all().stream().mapToInt(field -> field.name().length()).max().orElse(1);
		return TransferJob.MAPPING_LENGTH / (longest + 1);
	}

	public ColumnMapping<F> parse(String text, int width) {
		return new ColumnMapping<>(ColumnMapping.parse(fields, text, width));
	}
}
